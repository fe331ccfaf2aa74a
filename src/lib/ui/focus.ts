/**
 * Moving focus after a submit or an error link. In an embedded widget nothing scrolls: the host page
 * must not move by itself, and the widget has no scroll of its own (it is as tall as its content).
 */
export function focusOn(el: HTMLElement | null | undefined, embedded: boolean): void {
	if (embedded) el?.focus({ preventScroll: true });
	else el?.focus();
}

/** An error-summary or notice link to a question: focus the field itself (not just its anchor). */
export function focusField(name: string, ev: MouseEvent, embedded: boolean): void {
	ev.preventDefault();
	const el = document.getElementById(`field-${name}`);
	focusOn(el, embedded);
	if (!embedded) el?.scrollIntoView({ block: 'center' });
}
