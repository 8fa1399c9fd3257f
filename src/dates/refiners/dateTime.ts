// "7:30 chiều ngày 20/4/2017", "11/01/2019 4:43:52 CH", "Thứ Sáu, 11/01/2019 - 16:43", "hôm nay lúc 2 giờ chiều".
import type { DateCandidate, DateContext, Fields } from "../types";
import { hourWithPod } from "../vocabulary";
import { between, dayLevel, isConnector, merged, mergePass } from "./common";

const TIME_THEN_DATE = ["", ",", "-", "hôm", "vào"];
const DATE_THEN_TIME = ["", ",", "-", "lúc", "vào", "vào lúc", "khoảng", ", lúc", "- lúc", "từ"];

function combine(date: Fields, time: Fields): Fields {
  const f: Fields = { ...date, hour: time.hour, minute: time.minute, second: time.second, ampmFree: time.ampmFree };
  if (date.pod && time.ampmFree && time.hour !== undefined) { f.hour = hourWithPod(time.hour, date.pod); f.ampmFree = undefined; }
  f.pod = undefined;
  return f;
}

// a time may carry "nay"/"mai" ("18h chiều nay ngày 29/4"): the written date then wins
const timeOnly = (c: DateCandidate) => c.kind === "time" && !!c.fields && c.fields.day === undefined && c.fields.month === undefined && c.fields.year === undefined && c.fields.weekday === undefined;
const dateOnly = (c: DateCandidate) => c.kind === "date" && dayLevel(c.fields) && c.fields!.hour === undefined && !c.fields!.now;

export function refineDateTime(ctx: DateContext, cands: DateCandidate[]): DateCandidate[] {
  return mergePass(cands, (a, b) => {
    if (timeOnly(a) && dateOnly(b) && (a.fields!.dayRel === undefined || b.fields!.dayRel === undefined) && isConnector(between(ctx, a, b), TIME_THEN_DATE)) {
      return merged(a, b, combine(b.fields!, a.fields!), "time+date", "time");
    }
    if (dateOnly(a) && timeOnly(b) && b.fields!.dayRel === undefined && isConnector(between(ctx, a, b), DATE_THEN_TIME)) {
      // "từ" here starts an interval ("ngày 5/3 từ 8h đến 17h"): keep the date for the refiner after
      if (between(ctx, a, b)[0] === "từ") return null;
      return merged(a, b, combine(a.fields!, b.fields!), "date+time", "time");
    }
    return null;
  });
}
