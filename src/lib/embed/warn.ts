/** Warnings about what a URL or a host asked for, with the prefix a host page's developer can filter on. */
export function warnEmbed(message: string): void {
	console.warn(`Sahel Timeline embed: ${message}`);
}
