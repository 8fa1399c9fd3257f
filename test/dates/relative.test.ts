import { describe, expect, it } from "vitest";
import { find, one, DUCK } from "./helpers";

describe("parts of day and relative days (ref 2019-01-11)", () => {
  it.each([
    ["Sáng 10/1", "2019-01-10", "morning"],
    ["chiều hôm qua", "2019-01-10", "afternoon"],
    ["tối nay", "2019-01-11", "evening"],
    ["trưa mai", "2019-01-12", "noon"],
    ["rạng sáng 5/1", "2019-01-05", "morning"],
    ["buổi sáng nay", "2019-01-11", "morning"],
    ["Chiều nay (19/1)", "2019-01-19", "afternoon"], // the written date wins over "nay"
    ["Sáng nay, 21/06/2017", "2017-06-21", "morning"],
    ["chiều tối nay", "2019-01-11", "evening"], // dusk
  ])("%s → %s %s", (text, value, pod) => {
    const s = one(text);
    expect(s.value).toBe(value);
    expect(s.partOfDay).toBe(pod);
    expect(s.text).toBe(text);
  });

  it.each([
    ["hôm nay", "2019-01-11"],
    ["bữa nay", "2019-01-11"],
    ["hôm qua", "2019-01-10"],
    ["ngày hôm qua", "2019-01-10"],
    ["hôm kia", "2019-01-09"],
    ["ngày mai", "2019-01-12"],
    ["ngày kia", "2019-01-13"],
    ["năm qua", "2018"],
    ["năm ngoái", "2018"],
    ["năm nay", "2019"],
    ["năm tới", "2020"],
    ["tháng trước", "2018-12"],
    ["3 ngày tới", "2019-01-12/2019-01-14"],
    ["2 tháng qua", "2018-11/2018-12"],
    ["2 năm trước", "2017"],
    ["3 năm tới", "2020/2022"],
    ["năm sau", "2020"],
  ])("%s → %s", (text, value) => {
    expect(one(text).value).toBe(value);
  });

  // "trước khi", "sau khi" (date-context-words.tsv conjunction-after) open a clause: "N năm trước khi …" is no "N years ago".
  it.each([
    ["làm Chủ tịch xã 17 năm trước khi về hưu"],
    ["hồ sơ phải gửi 60 ngày trước khi khai mạc"],
    ["3 tháng sau khi nhậm chức"],
  ])("%s has no date", (text) => {
    expect(find(text).map((s) => text.slice(s.start, s.end))).toEqual([]);
  });

  it("bây giờ is the reference instant", () => {
    expect(one("bây giờ", DUCK).value).toBe("2017-02-02T03:55:00");
  });

  it("hour spans count whole hours back from the reference hour", () => {
    expect(one("24h qua", DUCK).value).toBe("2017-02-01T03:00/2017-02-02T02:00");
    expect(one("3 giờ tới", DUCK).value).toBe("2017-02-02T04:00/2017-02-02T06:00");
  });
});

describe("weekdays (Duckling's reference: Thursday 2017-02-02)", () => {
  it.each([
    ["thứ Hai", "2017-02-06", true],
    ["thứ 2", "2017-02-06", true],
    ["chủ nhật", "2017-02-05", true],
    ["chúa nhật", "2017-02-05", true],
    ["thứ sáu tới", "2017-02-03", false],
    ["thứ ba tới", "2017-02-07", false],
    ["thứ ba vừa rồi", "2017-01-31", false],
    ["thứ năm tuần tới", "2017-02-09", false],
    ["thứ 6 của tuần này", "2017-02-03", false],
    ["thứ Hai (27/2)", "2017-02-27", false],
    ["thứ 2 ngày 6 tháng 2", "2017-02-06", false],
    ["sáng chủ nhật", "2017-02-05", true],
    ["ngày thứ bảy", "2017-02-04", true], // the unit word is part of the mention
    ["hôm chủ nhật vừa rồi", "2017-01-29", false],
    ["ngày thứ 3 (7/2)", "2017-02-07", false],
  ])("%s → %s", (text, value, fwd) => {
    const s = one(text, DUCK, fwd);
    expect(s.value).toBe(value);
    expect(s.text).toBe(text);
  });

  it("nearest weekday without forwardDate looks both ways", () => {
    expect(one("thứ Hai", DUCK, false).value).toBe("2017-01-30");
  });
});
