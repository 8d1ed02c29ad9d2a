// A check of an e-mail address before it is sent: enough to catch a typo (a missing @ or domain)
// with a clear message. The server validates again (zod's z.email) and has the last word.
export const looksLikeEmail = (v: string): boolean => v.length <= 200 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[A-Za-z]{2,}$/.test(v);
