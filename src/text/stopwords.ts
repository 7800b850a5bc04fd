/**
 * Common Vietnamese function syllables, after the jusText stop-word list: running prose is dense
 * with them, menus, labels and headline lists are not.
 */
export const VIETNAMESE_STOPWORDS = new Set(
  `và của các là có được cho với trong đã này những một không người để về từ theo khi sẽ cũng đến
  tại nhiều như rằng thì đó ra lại vào nhưng nếu hơn đang nào vì bị do sau trên năm còn mà đi làm
  nói cùng giữa qua nên chỉ đây việc ông bà họ chúng tôi ta mình các những vẫn đều rất hay hoặc
  bởi phải nữa đều luôn cả ngay trước tới lên xuống gì ai sự vừa mới đồng thời tuy nhiên song
  nhằm nhất thêm hết lúc nơi này kia ấy vậy thế được bằng dù dẫn cho biết tuyên bố hôm ngày tháng`
    .split(/\s+/)
    .filter(Boolean),
);

/** Share of a line's syllables that are stop words. */
export function stopwordDensity(text: string): number {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return 0;
  return words.filter((w) => VIETNAMESE_STOPWORDS.has(w)).length / words.length;
}
