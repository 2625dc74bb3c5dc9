// The column-mapping editor's preview: the file's first rows read with the columns chosen, each an
// event or its problems, and the problems gathered by field so each field can say what is wrong
// with its column before anything is imported.
import type { EventRow } from '../build-table';
import { detectDayOrder, type DayOrder } from './day';
import type { Preset, Role } from './preset';
import { rowMapper } from './row-mapper';
import type { RowProblem } from './row-problem';

export interface PreviewRow {
	/** 1-based data row, as in the import's report. */
	row: number;
	event: EventRow | null;
	problems: RowProblem[];
}

export interface Preview {
	rows: PreviewRow[];
	/** The day order used: the reader's, or the one the rows show ('unknown' when they show none). */
	dayOrder: DayOrder;
	/** Each field's problems in these rows. */
	byRole: Partial<Record<Role, RowProblem[]>>;
}

export function preview(header: readonly string[], records: readonly string[][], preset: Preset, order: DayOrder): Preview {
	const dateColumns = [preset.mapping.date, preset.mapping.dateEnd].filter((i) => i !== undefined);
	const dayOrder = order !== 'unknown' ? order : detectDayOrder(records.flatMap((record) => dateColumns.map((i) => record[i] ?? '')));
	const map = rowMapper(header, preset, dayOrder);
	const rows = records.map((record, i): PreviewRow => {
		const mapped = map(record, i + 1);
		return mapped.ok ? { row: i + 1, event: mapped.event, problems: [] } : { row: i + 1, event: null, problems: mapped.problems };
	});
	// A problem names its column as the header spells it; the fields reading that column hear of it.
	const names = header.map((cell) => cell.replace(/^\uFEFF/, '').trim());
	const byRole: Partial<Record<Role, RowProblem[]>> = {};
	for (const [role, index] of Object.entries(preset.mapping) as [Role, number][]) {
		const found = rows.flatMap((r) => r.problems.filter((p) => p.column !== '' && p.column === names[index]));
		if (found.length) byRole[role] = found;
	}
	return { rows, dayOrder, byRole };
}

/** The header's columns as a picker lists them: the name as spelled, or its position when it has none. */
export function columnChoices(header: readonly string[]): { index: number; name: string }[] {
	return header.map((cell, index) => ({ index, name: cell.replace(/^\uFEFF/, '').trim() || `#${index + 1}` }));
}
