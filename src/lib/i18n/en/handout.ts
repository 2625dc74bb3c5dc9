// English messages for the printable handout.
export const handout = {
	printOpen: 'Print the story',
	handoutHeading: 'Print the story: {title}',
	handoutIntro:
		'One page per chapter: the map at that moment, the narration, the people killed by then with the source and date of every figure, and a QR code that opens the chapter in the presenter. The pages below are what will print.',
	handoutPaper: 'Paper size',
	paper_a4: 'A4',
	paper_letter: 'US Letter',
	handoutPrint: 'Print',
	handoutPrintHint: 'Print opens the browser’s print dialog; choose “Save as PDF” there for a file.',
	handoutChapterOf: 'Chapter {n} of {total}',
	handoutMapCaption: 'The map on {time}',
	handoutLiveView: 'This chapter, live: scan the code or open',
} as const;
