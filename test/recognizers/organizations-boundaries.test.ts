import { describe, expect, it } from "vitest";
import { mentions } from "../helpers";

/** Where a body's name ends when it goes on in lower case (data/org-name-words.tsv). */
describe("organization names that go on in lower case", () => {
  it.each([
    // The sentence's verb after the body is not part of its name.
    ["Giao Trung tâm Y tế rà soát, thực hiện lấy mẫu.", ["Trung tâm Y tế"]],
    ["Nghị quyết được Ủy ban Thường vụ thông qua về nội dung trên.", ["Ủy ban Thường vụ"]],
    ["Các chiến sĩ Đồn Biên phòng Thông Thụ tuần tra trên sông.", ["Đồn Biên phòng Thông Thụ"]],
    ["Tỉnh yêu cầu Sở Y tế chỉ đạo các bệnh viện.", ["Sở Y tế"]],
    // A name that goes on in lower case may end right before such a verb.
    ["Cục Đầu tư nước ngoài yêu cầu các tỉnh báo cáo.", ["Cục Đầu tư nước ngoài"]],
    // Lower case right after a place that ends the name is the sentence going on.
    ["Sân vận động được giao cho CLB Hà Nội quản lý.", ["CLB Hà Nội"]],
    // "phòng, chống" is written with a comma inside the name.
    ["Ban Chỉ đạo phòng, chống dịch tỉnh Nghệ An họp.", ["Ban Chỉ đạo phòng, chống dịch tỉnh Nghệ An"]],
    ["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân chủ trì.", ["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân"]],
    ["Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19 thống nhất tạm dừng.", ["Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19"]],
    // Capitalized, the same words are the name's own.
    ["Ủy ban Kiểm tra Trung ương đã họp.", ["Ủy ban Kiểm tra Trung ương"]],
  ])("%s", (text, expected) => {
    expect(mentions(text, "organization")).toEqual(expected);
  });
});
