// The default date parsers, in the order they run. The order matters only where two candidates are equally long
// and start at the same character: the earlier parser's is kept (refiners/overlaps.ts).
// To add a date form: write a DateParser (see types.ts) in a file of its own here and put it in this list, or pass
// your own list to findDates / findDatesAndDateline.
import type { DateParser } from "../types";
import { numericParser } from "./numeric";
import { writtenParser } from "./written";
import { timeParser } from "./time";
import { relativeParser } from "./relative";
import { weekdayParser } from "./weekday";
import { partOfDayParser } from "./partOfDay";
import { periodParser } from "./period";
import { yearParser } from "./year";
import { holidayParser } from "./holiday";

export const DEFAULT_DATE_PARSERS: readonly DateParser[] = [
  numericParser, // 10/1, 10/01/2019, 5-7/3, 11/2025, 18.3.2008
  writtenParser, // ngày 15 tháng 3 năm 2020, tháng Chạp, mồng 6 tháng 2
  timeParser, // 14 giờ 30 phút, 9h30, 15:23:24, 3 giờ rưỡi chiều
  relativeParser, // hôm qua, năm ngoái, 3 ngày tới, cùng ngày, bây giờ
  weekdayParser, // thứ Hai, thứ 2 tuần tới, chủ nhật
  partOfDayParser, // sáng, chiều nay, rạng sáng (joins a date or a time)
  periodParser, // quý II/2025, 6 tháng đầu năm, cuối tháng 3, mùa hè này
  yearParser, // năm 2019, giai đoạn 2021-2025, năm Giáp Thìn, a bare 2018
  holidayParser, // Quốc khánh, Tết Nguyên đán, rằm tháng Giêng, giao thừa
];
