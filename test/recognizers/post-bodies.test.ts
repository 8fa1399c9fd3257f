import { describe, expect, it } from "vitest";
import { holds, mentions } from "../helpers";

/**
 * Bodies of posts the recognizer used to cut short: historical places and bodies (data/location-aliases.tsv,
 * data/organizations.tsv), "X của Y", lower-case bodies, titles in parentheses.
 */
describe("historical places and bodies in a post", () => {
  it.each([
    // A hyphenated historical city name is one place: the post does not end at "Sài Gòn".
    ["Ông Võ Văn Kiệt từng là Bí thư Thành ủy Sài Gòn - Gia Định.", ["Bí thư Thành ủy Sài Gòn - Gia Định"], ["Võ Văn Kiệt | Bí thư Thành ủy Sài Gòn - Gia Định"]],
    ["Ông Mai Chí Thọ, Chủ tịch UBND TP Sài Gòn-Gia Định, phát biểu.", ["Chủ tịch UBND TP Sài Gòn-Gia Định"], ["Mai Chí Thọ | Chủ tịch UBND TP Sài Gòn-Gia Định"]],
    // The Liberation Front's central committee is not the Fatherland Front's: its whole name (14 words) is read.
    [
      "Bà Nguyễn Thị Bình, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc giải phóng miền Nam Việt Nam.",
      ["Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc giải phóng miền Nam Việt Nam"],
      ["Nguyễn Thị Bình | Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc giải phóng miền Nam Việt Nam"],
    ],
    [
      "Ông Nguyễn Hữu Thọ, Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam, phát biểu.",
      ["Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam"],
      ["Nguyễn Hữu Thọ | Chủ tịch Ủy ban Trung ương Mặt trận Dân tộc Giải phóng miền Nam Việt Nam"],
    ],
    // The Fatherland Front's committee is still read as before.
    ["Ông A là Chủ tịch Ủy ban Trung ương Mặt trận, phát biểu.", ["Chủ tịch Ủy ban Trung ương Mặt trận"], ["A | Chủ tịch Ủy ban Trung ương Mặt trận"]],
  ])("%s", (text, posts, held) => {
    expect(mentions(text, "position")).toEqual(posts);
    expect(holds(text)).toEqual(held);
  });
});
