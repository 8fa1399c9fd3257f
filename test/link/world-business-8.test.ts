/**
 * Issue 13, world and business news, the shapes h/world8 found on real excerpts of other outlets (made-up sentences of
 * the same shapes). Each row: the text, the holds (person | post, with the status when it is not plain "current"), the
 * `of` relations (post | body) and the events; a row may expect fewer edges than an annotator would list.
 */
import { edgeTable } from "../helpers";

edgeTable("business news: \"sẽ tiếp tục\" (will go on) before a post is a holding that goes on, not one to come (link-cues.tsv)", [
  ["Ông Trần Văn Bình sẽ tiếp tục là thành viên Hội đồng Quản trị FPT.", ["Trần Văn Bình | thành viên Hội đồng Quản trị FPT"], ["thành viên Hội đồng Quản trị FPT | Hội đồng Quản trị Tập đoàn FPT"], []],
  ["Ông Lê Văn Nam sẽ tiếp tục giữ chức Tổng giám đốc Công ty Hòa Phát đến hết năm.", ["Lê Văn Nam | Tổng giám đốc Công ty Hòa Phát"], ["Tổng giám đốc Công ty Hòa Phát | Công ty Hòa Phát"], []],
  // "sẽ" alone still says the post is to come.
  ["Ông Lê Văn Nam sẽ là Tổng giám đốc Công ty Hòa Phát.", ["Lê Văn Nam | Tổng giám đốc Công ty Hòa Phát | incoming"], ["Tổng giám đốc Công ty Hòa Phát | Công ty Hòa Phát"], []],
]);
