/**
 * Save a file made in the browser (CSV, .ics): a Blob URL clicked through a temporary link. Nothing is
 * fetched or sent; the URL is revoked once the download has started.
 */
export function downloadFile(name: string, type: string, content: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
