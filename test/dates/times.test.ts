import { describe, expect, it } from "vitest";
import { one, DUCK } from "./helpers";

const D = { year: 2019, month: 1, day: 11 };

describe("clock times", () => {
  it.each([
    ["14 giờ 30 phút", "2019-01-11T14:30", "minute"],
    ["9h30", "2019-01-11T09:30", "minute"],
    ["10g45", "2019-01-11T10:45", "minute"],
    ["15:23:24", "2019-01-11T15:23:24", "second"],
    ["4:43:52 CH", "2019-01-11T16:43:52", "second"],
    ["4:43:52 SA", "2019-01-11T04:43:52", "second"],
    ["3 giờ rưỡi chiều", "2019-01-11T15:30", "minute"],
    ["11 giờ kém 15", "2019-01-11T10:45", "minute"],
    ["16h", "2019-01-11T16:00", "hour"],
    ["8 giờ tối nay", "2019-01-11T20:00", "hour"],
    ["3 giờ tối", "2019-01-11T15:00", "hour"],
  ])("%s → %s", (text, value, grain) => {
    const s = one(text, D);
    expect(s.value).toBe(value);
    expect(s.grain).toBe(grain);
  });

  it.each([
    ["7:30 chiều ngày 20/4/2017", "2017-04-20T19:30"],
    ["11/01/2019 4:43:52 CH", "2019-01-11T16:43:52"],
    ["Thứ Sáu, 11/01/2019 - 16:43", "2019-01-11T16:43"],
    ["3 giờ chiều ngày mai", "2019-01-12T15:00"],
    ["hôm nay lúc 2 giờ chiều", "2019-01-11T14:00"],
  ])("with a date: %s → %s", (text, value) => {
    const s = one(text, D);
    expect(s.value).toBe(value);
    expect(s.text).toBe(text);
  });

  it("lúc is not part of the span", () => {
    const s = one("lúc 2 giờ sáng", D);
    expect(s.text).toBe("2 giờ sáng");
    expect(s.value).toBe("2019-01-11T02:00");
  });

  it("forwardDate: the next occurrence among h and h+12", () => {
    expect(one("2:30", DUCK, true).value).toBe("2017-02-02T14:30");
    expect(one("10:30", DUCK, true).value).toBe("2017-02-02T10:30");
    expect(one("lúc 2 giờ sáng", DUCK, true).value).toBe("2017-02-03T02:00");
    expect(one("2:30", DUCK, false).value).toBe("2017-02-02T02:30"); // nearest
  });
});
