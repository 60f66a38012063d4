// Dates as browsers write them for every Twitter embed language: how an embed code
// made in a browser writes its date in the copier's language (Bluesky's does).
// Run: node tests/data/intl-dates/make.js LANG... > tests/data/intl-dates/dates.json
// (The languages: tweetembed.dates.TWITTER_LANGUAGES, then fa-u-ca-gregory and
// th-u-ca-gregory: Persian and Thai in the Gregorian calendar.) Each row: language, date style,
// the date (ISO), the text, and the calendar the locale counts years in.
const langs = process.argv.slice(2);
const dates = [[2025, 0, 1], [2024, 1, 29], [2023, 8, 30], [2019, 11, 9]];
const rows = [];
for (const lang of langs) {
  for (const [y, m, d] of dates) {
    const when = new Date(Date.UTC(y, m, d, 18, 5));
    const iso = `${y}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    for (const style of ["long", "medium"]) {
      const text = when.toLocaleString(lang, { dateStyle: style, timeStyle: "short", timeZone: "UTC" });
      rows.push([lang, style, iso, text, new Intl.DateTimeFormat(lang).resolvedOptions().calendar]);
    }
  }
}
console.log(JSON.stringify({ node: process.versions.node, icu: process.versions.icu, cldr: process.versions.cldr, rows }, null, 0));
