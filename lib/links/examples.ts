/** Searches that show what the portal does: Chinese, English, pinyin, traditional characters, an indicator. Each finds something. */
export const EXAMPLE_QUERIES = ['滇池 水质', 'sponge city', 'shuzi jingji', '體育公園', 'infant mortality rate'];
