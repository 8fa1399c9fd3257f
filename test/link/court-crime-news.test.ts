import { describe, expect, it } from "vitest";
import { personnelGraph } from "../helpers";

/**
 * Court and crime news (issue 13): defendants and suspects with their posts, former or current, written in the
 * shapes those reports use — a list of names each with its post between commas, an aside about the person's age and
 * home before the post, a court division's presiding judge. Made-up sentences; the holds lines listed are all of them.
 */
describe("court and crime news: who holds which post", () => {
  it.each([
    // "ông A, T1, ông B, T2": each title set off by commas is the appositive of the name before it, never the next one's.
    ["Cơ quan điều tra bắt tạm giam ông Lê Văn Bình, nguyên Chủ tịch UBND huyện Đông Sơn, ông Phạm Văn Tú, nguyên Chủ tịch HĐND huyện và ông Ngô Văn Hòa, nguyên Trưởng phòng Tài nguyên và Môi trường huyện.", ["Lê Văn Bình > Chủ tịch UBND huyện Đông Sơn [former]", "Phạm Văn Tú > Chủ tịch HĐND huyện [former]", "Ngô Văn Hòa > Trưởng phòng Tài nguyên và Môi trường [former]"]],
    ["Ông Lê Văn An, Bí thư Tỉnh ủy, ông Trần Văn Ba, Chủ tịch UBND tỉnh, dự lễ.", ["Lê Văn An > Bí thư Tỉnh ủy [current]", "Trần Văn Ba > Chủ tịch UBND tỉnh [current]"]],
    // (A title right before a name, without a comma after it, is still that name's.)
    ["Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn dự lễ.", ["Phạm Minh Chính > Thủ tướng [current]", "Trần Thanh Mẫn > Chủ tịch Quốc hội [current]"]],
    // An aside giving the person's age and home (link-cues.tsv age-before) before the post: the post is the person's.
    ["Công an tỉnh đã khởi tố bị can đối với ông Nguyễn Văn Hậu (sinh năm 1970, trú tại huyện Long Điền), Giám đốc Sở Tài chính tỉnh để điều tra.", ["Nguyễn Văn Hậu > Giám đốc Sở Tài chính tỉnh [current]"]],
    // (A place alone in the aside: a title and a verb after it start another clause.)
    ["Ông Ka Túc (thị trấn Lao Bảo, huyện Hướng Hóa), Chủ tịch UBND tỉnh đã chỉ đạo xử lý.", []],
    // "Phó chánh Tòa hình sự": the head of a court's division (titles.tsv Chánh tòa).
    ["Bà Vương Thị Thu, Phó Chánh tòa Hình sự TAND tỉnh Hà Giang, đọc bản án.", ["Vương Thị Thu > Phó Chánh tòa Hình sự TAND tỉnh Hà Giang [current]"]],
    ["Chủ tọa Vương Thị Thu, Phó chánh Tòa hình sự, TAND tỉnh Hà Giang, điểm danh các bị cáo.", ["Vương Thị Thu > Phó chánh Tòa [current]"]],
    // "Cơ quan điều tra" of the body named after it (org-heads.tsv): the head's post is of that agency.
    ["Trung tướng Trần Văn Yên, Thủ trưởng Cơ quan điều tra Bộ Công an, cho biết.", ["Trần Văn Yên > Trung tướng [current]", "Trần Văn Yên > Thủ trưởng Cơ quan điều tra Bộ Công an [current]"]],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).holds).toEqual(expected);
  });
});
