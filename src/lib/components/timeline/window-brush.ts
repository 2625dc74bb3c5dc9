// d3's brush for the overview strip, loaded at the reader's first sign of life on the page
// (state/first-interaction.ts): with d3-selection, d3-drag and the transitions it brings, more
// than the embed's first load can afford; until then the strip draws the window's mark itself.
export { brushX, pointer, select } from 'd3';
