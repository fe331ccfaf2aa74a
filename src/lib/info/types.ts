import type { SourceId } from './sources';

/** A text in both languages; the information pages keep their words here rather than in message files. */
export interface Text {
	lv: string;
	en: string;
}

/** A statement with the pages it rests on. */
export interface Sourced {
	text: Text;
	sources: SourceId[];
}
