/**
 * Public posts as Vietnamese news text writes them before a name. Longest first, so
 * "Phó Tổng thống" wins over "Tổng thống". A maintainer's known people need no title here.
 */
export const TITLES = [
  'Phó Tổng thống', 'Tổng thống', 'Phó Thủ tướng', 'Thủ tướng', 'Phó Chủ tịch nước', 'Chủ tịch nước',
  'Phó Chủ tịch Quốc hội', 'Chủ tịch Quốc hội', 'Phó Chủ tịch', 'Chủ tịch', 'Tổng Bí thư', 'Phó Bí thư', 'Bí thư',
  'Ngoại trưởng', 'Bộ trưởng', 'Thứ trưởng', 'Quốc vụ khanh', 'Người phát ngôn', 'Phát ngôn viên', 'Phó phát ngôn',
  'Thư ký báo chí', 'Phó Tổng thư ký', 'Tổng thư ký', 'Đại sứ', 'Đặc phái viên', 'Đặc sứ', 'Cố vấn', 'Trợ lý',
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Tướng', 'Phó Đô đốc', 'Chuẩn Đô đốc', 'Đô đốc',
  'Đại tá', 'Tổng Tham mưu trưởng', 'Tham mưu trưởng', 'Tư lệnh', 'Chỉ huy trưởng', 'Tổng Giám đốc', 'Phó Giám đốc',
  'Giám đốc', 'Chánh Văn phòng', 'Chánh án', 'Viện trưởng', 'Phó Trưởng ban', 'Trưởng ban', 'Trưởng phái đoàn',
  'Trưởng đoàn', 'Phó Vụ trưởng', 'Vụ trưởng', 'Phó Cục trưởng', 'Cục trưởng', 'Phó Chủ nhiệm', 'Chủ nhiệm',
  'Phó Thống đốc', 'Thống đốc', 'Thị trưởng', 'Tỉnh trưởng', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ',
  'Quốc vương', 'Nhà vua', 'Hoàng Thái tử', 'Thái tử', 'Nữ hoàng', 'Cao ủy', 'Đại diện cấp cao', 'Ủy viên',
  'Thủ hiến', 'Lãnh đạo tối cao', 'Tổng Công tố', 'Tổng Lãnh sự', 'Lãnh sự', 'Tổng Thanh tra', 'Chánh Thanh tra',
  'Trưởng Đại diện', 'Điều phối viên', 'Người đứng đầu', 'Phó Đội trưởng', 'Đội trưởng', 'Phó Trưởng phòng', 'Trưởng phòng',
  'Trưởng Công an', 'Phó Trưởng Công an', 'Đại biểu', 'ĐBQH', 'ĐB', 'Đại biểu Quốc hội', 'Phó Trưởng đoàn đại biểu Quốc hội', 'Trưởng đoàn đại biểu Quốc hội',
].flatMap(withOldSpelling).sort((a, b) => b.length - a.length);

/** Posts also as written with the older tone placement ("Uỷ viên" for "Ủy viên", "Hoà" for "Hòa"). */
function withOldSpelling(title: string): string[] {
  const old = title.replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/òa/g, 'oà').replace(/óa/g, 'oá');
  return old === title ? [title] : [title, old];
}

/** Posts of business, not public office: a company's chairman or director is no official ("Ngân hàng Nhà nước" is a state body). */
export const BUSINESS_POST = /(?:^|\s)(?:tập đoàn|tổng công ty|công ty|ngân hàng(?! nhà nước| thế giới| phát triển)|doanh nghiệp|group|corporation)(?=\s|$)/iu;

/** Posts that are public only with the body they belong to: alone, a team's captain or a coach's assistant. */
export const POST_NEEDS_BODY = new Set(['đội trưởng', 'trợ lý', 'trưởng phòng', 'phó trưởng phòng', 'giám đốc', 'phó giám đốc', 'tổng giám đốc', 'cố vấn']);

/** A post won but not yet taken: "Tổng thống đắc cử", "Tổng thống mới đắc cử". */
export const ELECT = /(?:^|\s)đắc cử(?=\s|$)/iu;

/** Words that say the person no longer holds the post, or has died ("cố Bộ trưởng"). */
export const FORMER = /(?:^|\s)(?:cựu|nguyên|cố|ứng cử viên|ứng viên)\s+$/iu;

/** Reporting verbs: the person whose words the article reports. */
export const REPORTING_VERBS = [
  'cho biết', 'nói', 'tuyên bố', 'nhấn mạnh', 'khẳng định', 'tái khẳng định', 'cảnh báo', 'nêu rõ', 'lưu ý',
  'kêu gọi', 'bày tỏ', 'thông báo', 'tiết lộ', 'cho rằng', 'nhận định', 'phát biểu', 'chia sẻ', 'thừa nhận',
  'bác bỏ', 'phủ nhận', 'nhắc lại', 'lặp lại', 'hối thúc', 'yêu cầu', 'đề nghị', 'lên tiếng', 'phản pháo',
  'chỉ trích', 'cáo buộc', 'cam kết', 'viết', 'cho hay', 'nói thêm', 'giải thích', 'khuyến cáo', 'đánh giá',
  'bình luận', 'thể hiện', 'xác nhận', 'công bố', 'trấn an', 'hoan nghênh', 'đe dọa', 'nhận xét', 'nêu',
  'trả lời', 'kiến nghị', 'dự báo', 'ước tính', 'gợi ý', 'khuyên', 'mô tả', 'thông tin', 'phát đi', 'đăng tải',
  'chúc mừng', 'cảm ơn', 'tin tưởng', 'giới thiệu', 'cảnh cáo', 'đề cập', 'lên án', 'đáp', 'ghi nhận', 'đánh giá cao',
  'mong muốn', 'đề xuất', 'nhất trí', 'nói rõ', 'lưu ý rằng', 'tuyên bố rằng', 'thừa nhận rằng', 'nhận thấy',
].sort((a, b) => b.length - a.length);

/**
 * Verbs that are themselves what was said: "lên án Israel vì …", "cảm ơn sự tiếp đãi" say nothing
 * without them, where "cho biết" only introduces a statement. Reported speech keeps them.
 */
export const CONTENT_VERBS = new Set(['lên án', 'cảm ơn', 'chúc mừng', 'hoan nghênh', 'đánh giá cao', 'chỉ trích', 'bác bỏ', 'phủ nhận']);
