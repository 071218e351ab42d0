/** Today's date in the person's own time zone, as `YYYY-MM-DD` (compared with the dataset's dates). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
