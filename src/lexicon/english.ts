/** Frequent English function words: evidence that short Latin-script text is English. Data only. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its',
  'that', 'this', 'for', 'on', 'with', 'as', 'at', 'by', 'from', 'he', 'she', 'they', 'we', 'you', 'i',
  'his', 'her', 'their', 'our', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'not', 'but',
  'who', 'which', 'what', 'when', 'how', 'about', 'after', 'before', 'into', 'over', 'than', 'new',
  'more', 'can', 'could', 'should', 'may', 'also', 'there', 'do', 'does', 'did', 'no', 'yes', 'all',
]);
