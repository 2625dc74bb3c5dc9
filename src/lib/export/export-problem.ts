import '../i18n/on-demand/export';

/** Why an export could not be made, as a message the reader's language has (a browser's own errors are in its language, not the page's). */
export type ExportProblemKey = 'exportNoMp4Encoder' | 'exportNoWebmEncoder';

export class ExportProblem extends Error {
	constructor(readonly key: ExportProblemKey) {
		super(key);
		this.name = 'ExportProblem';
	}
}

/** This browser encodes neither of the format's codecs. */
export const noEncoderFor = (format: 'mp4' | 'webm') => new ExportProblem(format === 'mp4' ? 'exportNoMp4Encoder' : 'exportNoWebmEncoder');
