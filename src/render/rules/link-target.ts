// Link and image destinations and titles written so CommonMark reads them back unchanged.

export function destination(url: string): string {
  const cleaned = url.trim().replace(/\s/g, (s) => encodeURIComponent(s));
  return cleaned.replace(/[()<>]/g, '\\$&');
}

export function titlePart(title: string | null | undefined): string {
  const clean = (title ?? '').replace(/\s+/g, ' ').trim();
  return clean ? ` "${clean.replace(/["\\]/g, '\\$&')}"` : '';
}
