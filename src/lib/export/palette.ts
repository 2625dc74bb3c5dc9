// The app's colours (src/app.css, :root) as values: an exported file has no stylesheet to look
// them up in. A test checks that each is still the stylesheet's.
export const PALETTE = {
	paper: '#fbf8f2',
	sea: '#d9e6ec',
	land: '#f1ebdf',
	'land-focus': '#e6d8bd',
	coast: '#93a7b1',
	border: '#a39784',
	'tri-border': '#5e3a22',
	ink: '#1f1c17',
	'ink-muted': '#5a5247',
	halo: '#fbf8f2',
	rule: '#d8d0c2',
	incident: '#d55e00',
	'incident-edge': '#7a3300',
	disputed: '#8f2a7a',
	attackers: '#b2182b',
	responders: '#0b5cad',
	accent: '#0b5cad'
} as const;
