import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";
import { personnelGraph } from "../helpers";

/**
 * Vietnamese domestic personnel news (issue 13): made-up sentences in the shapes such news uses, each with
 * what the graph must say — the holds relations with their qualifiers ("person > post [status term start end]")
 * and the events ("type: person | post by authority on date"). Only the lines listed are checked.
 */

describe("domestic personnel news: events", () => {
  it.each([
    // The holder's own "thôi giữ chức T" with a retirement as its reason (grammar-words.tsv step-reason) is a retirement.
    ["Ông Nguyễn Văn Hùng thôi giữ chức Giám đốc Sở Y tế tỉnh Nghệ An để nghỉ hưu theo chế độ.", ["retirement: Nguyễn Văn Hùng | Giám đốc Sở Y tế tỉnh Nghệ An"]],
    ["Bà Trần Thị Mai, Phó Chủ tịch UBND tỉnh Hà Tĩnh, thôi giữ chức để nghỉ hưu theo chế độ từ ngày 1/8/2025.", ["retirement: Trần Thị Mai | Phó Chủ tịch UBND tỉnh Hà Tĩnh on 2025-08-01"]],
    ["Ông Bùi Văn Nam thôi giữ chức Phó Bí thư Tỉnh ủy, nghỉ hưu theo chế độ từ ngày 1/9/2025.", ["retirement: Bùi Văn Nam | Phó Bí thư Tỉnh ủy on 2025-09-01"]],
    ["Ông Võ Văn Minh thôi giữ chức Chủ tịch UBND tỉnh Bình Dương do nghỉ hưu theo chế độ.", ["retirement: Võ Văn Minh | Chủ tịch UBND tỉnh Bình Dương"]],
    ["Ông Phạm Văn Cường thôi giữ chức Giám đốc Sở Tài chính kể từ ngày 1/8/2025 để nghỉ hưu.", ["retirement: Phạm Văn Cường | Giám đốc Sở Tài chính on 2025-08-01"]],
    // A decision that relieves stays a dismissal whatever the reason; another person's retirement, another reason: too.
    ["HĐND tỉnh đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Nguyễn Văn Thành để nghỉ hưu theo chế độ.", ["dismissal: Nguyễn Văn Thành | Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["Ông Lê Văn An thôi giữ chức Bí thư Huyện ủy, ông Trần Văn Bình nghỉ hưu.", ["dismissal: Lê Văn An | Bí thư Huyện ủy"]],
    ["Ông Lê Văn An thôi giữ chức Bí thư Huyện ủy để nhận nhiệm vụ mới.", ["dismissal: Lê Văn An | Bí thư Huyện ủy"]],
    // "Sau khi thôi giữ chức T, ông X …" (grammar-words.tsv step-clause): X left T; "Sau khi được bầu làm T, ông X": X was elected.
    ["Sau khi thôi làm Bí thư Tỉnh ủy Bình Định, ông Hồ Quốc Dũng chuyển công tác về Trung ương.", ["dismissal: Hồ Quốc Dũng | Bí thư Tỉnh ủy Bình Định"]],
    ["Ngày 5/3/2025, sau khi thôi giữ chức Giám đốc Sở Nội vụ, ông Trần Văn Nam nhận nhiệm vụ mới.", ["dismissal: Trần Văn Nam | Giám đốc Sở Nội vụ on 2025-03-05"]],
    ["Sau khi được bầu làm Bí thư Tỉnh ủy, ông Lê Văn Tám về quê.", ["election: Lê Văn Tám | Bí thư Tỉnh ủy"]],
    ["Ông Lê Văn An thôi giữ chức Bí thư Tỉnh ủy, ông Trần Văn Bình phát biểu.", ["dismissal: Lê Văn An | Bí thư Tỉnh ủy"]],
    // A decision handed to the one after "đối với" or "cho" (link-cues.tsv hands-over): an appointment to the post a verb
    // gives that one; who hands it over is not said to have decided it.
    ["Chủ tịch UBND tỉnh trao quyết định đối với ông Nguyễn Văn Nam giữ chức Giám đốc Sở Nội vụ.", ["appointment: Nguyễn Văn Nam | Giám đốc Sở Nội vụ"]],
    ["Ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh, trao quyết định cho ông Trần Văn Bình giữ chức Giám đốc Sở Y tế.", ["appointment: Trần Văn Bình | Giám đốc Sở Y tế"]],
    ["Tại hội nghị, đồng chí Nguyễn Văn Lâm đã trao quyết định bổ nhiệm đối với ông Trần Văn Phúc giữ chức Phó Giám đốc Sở Tài chính.", ["appointment: Trần Văn Phúc | Phó Giám đốc Sở Tài chính"]],
    // ", thời hạn 5 năm kể từ ngày D" after the title (grammar-words.tsv term-length): the appointment's date.
    ["UBND tỉnh quyết định bổ nhiệm ông Nguyễn Văn Phước giữ chức Giám đốc Sở Tài chính, thời hạn 5 năm kể từ ngày 15/7/2025.", ["appointment: Nguyễn Văn Phước | Giám đốc Sở Tài chính by UBND tỉnh on 2025-07-15"]],
    ["Ông Nguyễn Văn Phước được bổ nhiệm lại giữ chức Giám đốc Sở Tài chính, thời hạn bổ nhiệm là 5 năm kể từ ngày 15/7/2025.", ["appointment: Nguyễn Văn Phước | Giám đốc Sở Tài chính on 2025-07-15"]],
    // "Với 100% đại biểu … tán thành, ông X được bầu" (link-cues.tsv same-time): the vote of the session dated before.
    [
      "Sáng 9/7, HĐND tỉnh Quảng Trị tổ chức kỳ họp chuyên đề. Với 100% đại biểu có mặt tán thành, ông Hoàng Nam được bầu giữ chức Phó Chủ tịch UBND tỉnh.",
      ["election: Hoàng Nam | Phó Chủ tịch UBND tỉnh on 2025-07-09"],
    ],
    // A death told first, the posts in the sentence right after ("Ông nguyên là T"): the announcement's posts.
    ["Ông Nguyễn Văn Yên từ trần hồi 10h ngày 3/7/2025 tại Hà Nội. Ông nguyên là Phó Trưởng Ban Tuyên giáo Trung ương.", ["death: Nguyễn Văn Yên | Phó Trưởng Ban Tuyên giáo Trung ương on 2025-07-03T10:00"]],
    // … not a post of someone else the next sentence names ("Con trai ông là …").
    ["Ông Nguyễn Văn Yên từ trần ngày 3/7/2025. Con trai ông là Giám đốc Sở Y tế.", []],
    [
      "Ông Võ Văn Thưởng thôi giữ các chức vụ Ủy viên Bộ Chính trị, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII.",
      ["dismissal: Võ Văn Thưởng | Ủy viên Bộ Chính trị", "dismissal: Võ Văn Thưởng | Ủy viên Ban Chấp hành Trung ương Đảng"],
    ],
    ["UBND tỉnh đề nghị HĐND tỉnh bầu ông Lê Văn Hùng giữ chức Phó Chủ tịch UBND tỉnh.", []],
    [
      "HĐND tỉnh đã bầu ông Trần Văn Hải, ông Nguyễn Văn Tài lần lượt giữ chức Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh.",
      ["election: Trần Văn Hải | Chủ tịch UBND tỉnh by HĐND tỉnh", "election: Nguyễn Văn Tài | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"],
    ],
    // "nhận quyết định" (link-cues.tsv passive): the one who receives the decision is the holder it is about.
    ["Ông Trần Văn Sơn nhận quyết định bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.", ["appointment: Trần Văn Sơn | Phó Giám đốc Sở Nội vụ"]],
    ["Ông Trần Văn Sơn, Phó Giám đốc Sở Nội vụ, nhận quyết định nghỉ hưu.", ["retirement: Trần Văn Sơn | Phó Giám đốc Sở Nội vụ"]],
    // "công nhận kết quả bầu" (personnel-events.tsv): the election and its approval.
    ["Bà Lê Thị Thu được công nhận kết quả bầu giữ chức Chủ tịch UBND xã Tân Lập.", ["approval: Lê Thị Thu | Chủ tịch UBND xã Tân Lập", "election: Lê Thị Thu | Chủ tịch UBND xã Tân Lập"]],
    // A caption run into the text, its full stop missing: "… Việt Nam Theo đó, ngày 21/6, Bộ Chính trị đã có văn bản …
    // đồng ý để ông X thôi giữ chức T": the capitalized "Theo đó" opens the clause whose subject decided.
    [
      "Ông Hà Ban thông báo ý kiến về nhân sự Chủ tịch UB Trung ương MTTQ Việt Nam Theo đó, ngày 21/6, Bộ Chính trị đã có văn bản số 4178 với nội dung: đồng ý để ông Nguyễn Thiện Nhân thôi giữ chức Bí thư Đảng đoàn.",
      ["dismissal: Nguyễn Thiện Nhân | Bí thư Đảng đoàn by Bộ Chính trị on 2025-06-21"],
    ],
    // "chuẩn y" (personnel-events.tsv): a party body's approval.
    ["Ban Bí thư đã chuẩn y ông Nguyễn Văn Mạnh giữ chức Phó Bí thư Tỉnh ủy Phú Thọ.", ["approval: Nguyễn Văn Mạnh | Phó Bí thư Tỉnh ủy Phú Thọ by Ban Bí thư"]],
    // Numbered entries of a list of people ("…: 1. A giữ chức T1; 2. B giữ chức T2"), also after "được bổ nhiệm gồm:".
    [
      "UBND tỉnh bổ nhiệm các ông: 1. Nguyễn Văn An giữ chức Giám đốc Sở Y tế; 2. Trần Văn Bình giữ chức Giám đốc Sở Nội vụ.",
      ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế by UBND tỉnh", "appointment: Trần Văn Bình | Giám đốc Sở Nội vụ by UBND tỉnh"],
    ],
    [
      "HĐND tỉnh đã bầu các ông: 1. Nguyễn Văn An, Phó Chủ tịch UBND huyện, giữ chức Chủ tịch UBND huyện; 2. Trần Văn Bình giữ chức Phó Chủ tịch UBND huyện.",
      ["election: Nguyễn Văn An | Chủ tịch UBND huyện by HĐND tỉnh", "election: Trần Văn Bình | Phó Chủ tịch UBND huyện by HĐND tỉnh"],
    ],
    [
      "Các đồng chí được bổ nhiệm gồm: 1. Nguyễn Văn An giữ chức Chủ tịch UBND huyện; 2. Trần Văn Bình giữ chức Phó Chủ tịch UBND huyện.",
      ["appointment: Nguyễn Văn An | Chủ tịch UBND huyện", "appointment: Trần Văn Bình | Phó Chủ tịch UBND huyện"],
    ],
    // A list word with no decision before it opens no list of appointees.
    ["Các đồng chí tham dự gồm: 1. Nguyễn Văn An giữ chức Chủ tịch UBND huyện; 2. Trần Văn Bình giữ chức Phó Chủ tịch UBND huyện.", []],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).events).toEqual(expected);
  });
});

describe("domestic personnel news: holdings", () => {
  it.each([
    ["Sau khi thôi giữ chức Bí thư Tỉnh ủy Bình Định, ông Hồ Quốc Dũng chuyển công tác về Trung ương.", ["Hồ Quốc Dũng > Bí thư Tỉnh ủy Bình Định [former]"]],
    ["Ông Lê Văn An thôi giữ chức Bí thư Tỉnh ủy, ông Trần Văn Bình phát biểu.", ["Lê Văn An > Bí thư Tỉnh ủy [former]"]],
    ["Ông Bùi Văn Nam thôi giữ chức Phó Bí thư Tỉnh ủy, nghỉ hưu theo chế độ từ ngày 1/9/2025.", ["Bùi Văn Nam > Phó Bí thư Tỉnh ủy [former end 2025-09-01]"]],
    // A transfer ("được điều động, bổ nhiệm giữ chức T") leaves an office, never the rank written before the name.
    ["Thượng tá Lê Văn Thắng được điều động, bổ nhiệm giữ chức Trưởng Công an huyện Gio Linh.", ["Lê Văn Thắng > Thượng tá [current]", "Lê Văn Thắng > Trưởng Công an huyện Gio Linh [current]"]],
    // "Kể từ ngày D, ông X thôi giữ chức T": D ends the holding; it began at no date told.
    ["Kể từ ngày 1/7/2025, ông Nguyễn Văn Tám thôi giữ chức Chủ tịch UBND huyện Đông Anh.", ["Nguyễn Văn Tám > Chủ tịch UBND huyện Đông Anh [former end 2025-07-01]"]],
    // "…, trước khi được bầu giữ chức T1, ông là T2" (grammar-words.tsv before-clause): T2 was held before.
    ["Ông Hoàng Nam sinh năm 1975, trước khi được bầu giữ chức Phó Chủ tịch UBND tỉnh, ông là Giám đốc Sở Y tế.", ["Hoàng Nam > Giám đốc Sở Y tế [former]", "Hoàng Nam > Phó Chủ tịch UBND tỉnh [current]"]],
    // A post told as left ("nguyên là") after the death is not ended by it; one told plainly is.
    ["Ông Nguyễn Văn Yên từ trần hồi 10h ngày 3/7/2025 tại Hà Nội. Ông nguyên là Phó Trưởng Ban Tuyên giáo Trung ương.", ["Nguyễn Văn Yên > Phó Trưởng Ban Tuyên giáo Trung ương [former]"]],
    ["Ông Nguyễn Văn Yên từ trần ngày 3/7/2025. Ông là Chủ tịch Hội Cựu chiến binh tỉnh.", ["Nguyễn Văn Yên > Chủ tịch Hội Cựu chiến binh tỉnh [former end 2025-07-03]"]],
    // After a word for a relative the pronoun is a possessive (grammar-words.tsv kin): the relative holds the post, not the one named.
    ["Ông Nguyễn Văn Yên phát biểu. Vợ ông là Phó Giám đốc Sở Y tế.", []],
    ["Ông Nguyễn Văn Yên phát biểu. Con gái ông hiện là Phó Giám đốc Sở Y tế.", []],
    ["Ông Nguyễn Văn Yên phát biểu. Ông là Phó Giám đốc Sở Y tế.", ["Nguyễn Văn Yên > Phó Giám đốc Sở Y tế [current]"]],
    // A post only proposed is not held: "đề nghị ông X giữ chức T", "đề nghị HĐND tỉnh bầu ông X …" (the body asked to
    // decide between the proposal and the decision); "theo đề nghị của …" is the proposal a decision was made on.
    ["Ông Nguyễn Văn Lâm đề nghị ông Trần Văn Phúc giữ chức Phó Giám đốc Sở Tài chính.", []],
    ["UBND tỉnh đề nghị HĐND tỉnh bầu ông Lê Văn Hùng giữ chức Phó Chủ tịch UBND tỉnh.", []],
    ["Ông Nguyễn Văn Lâm đề nghị Chủ tịch UBND tỉnh bổ nhiệm ông Trần Văn Phúc giữ chức Phó Giám đốc Sở Tài chính.", []],
    ["Theo đề nghị của Giám đốc Sở Nội vụ Chủ tịch UBND tỉnh bổ nhiệm ông Trần Văn Phúc giữ chức Phó Giám đốc Sở Tài chính.", ["Trần Văn Phúc > Phó Giám đốc Sở Tài chính [current]"]],
    ["Ông Nguyễn Văn Lâm đề nghị ông Trần Văn Phúc, Giám đốc Sở Tài chính, làm rõ.", ["Trần Văn Phúc > Giám đốc Sở Tài chính [current]"]],
    // "thôi giữ các chức vụ (:) T1, T2, T3" (personnel-events.tsv): every post listed is left.
    [
      "Bà Trương Thị Mai thôi giữ các chức vụ: Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương.",
      ["Trương Thị Mai > Ủy viên Bộ Chính trị [former]", "Trương Thị Mai > Thường trực Ban Bí thư [former]", "Trương Thị Mai > Trưởng Ban Tổ chức Trung ương [former]"],
    ],
    // "điều động, chỉ định ông X, T1, … giữ chức T2" (personnel-events.tsv, moves): a transfer, T1 is left.
    [
      "Ngày 3/7, Ban Thường vụ Tỉnh ủy Thanh Hóa đã ban hành quyết định điều động, chỉ định ông Lê Văn Hải, Phó Giám đốc Sở Nội vụ, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Nga Sơn.",
      ["Lê Văn Hải > Phó Giám đốc Sở Nội vụ [former end 2025-07-03]", "Lê Văn Hải > Bí thư Huyện ủy Nga Sơn [current start 2025-07-03]"],
    ],
    // "được điều động đến nhận công tác và chỉ định giữ chức T" (link-cues.tsv adverb): the words of the transfer stand in the gap.
    ["Ông Đào Quang Khải được điều động đến nhận công tác và chỉ định giữ chức Bí thư Huyện ủy Thuận Thành.", ["Đào Quang Khải > Bí thư Huyện ủy Thuận Thành [current]"]],
    // "A và B lần lượt giữ chức T1 và T2" (grammar-words.tsv respectively): one to one, in order.
    ["Ông Nguyễn Văn Tuấn và ông Lê Minh Hưng lần lượt giữ chức Giám đốc Sở Nội vụ và Giám đốc Sở Tài chính.", ["Nguyễn Văn Tuấn > Giám đốc Sở Nội vụ [current]", "Lê Minh Hưng > Giám đốc Sở Tài chính [current]"]],
    // … not when the counts differ.
    ["Ông Nguyễn Văn Tuấn và ông Lê Minh Hưng lần lượt giữ chức Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và Giám đốc Sở Y tế.", []],
    // "T là [rank] X": the title is X's, as the rank is.
    ["Tân Giám đốc Công an tỉnh Nghệ An là Thiếu tướng Bùi Quang Thanh.", ["Bùi Quang Thanh > Giám đốc Công an tỉnh Nghệ An [current]", "Bùi Quang Thanh > Thiếu tướng [current]"]],
    // A period between the name and its verb of holding dates the holding.
    ["Ông Trần Lưu Quang từ năm 2016 đến năm 2021 là Bí thư Thành ủy Hải Phòng.", ["Trần Lưu Quang > Bí thư Thành ủy Hải Phòng [former start 2016 end 2021]"]],
    ["Ông Trần Lưu Quang từ năm 2016 giữ chức Bí thư Thành ủy Hải Phòng.", ["Trần Lưu Quang > Bí thư Thành ủy Hải Phòng [current start 2016]"]],
    // Abbreviated party memberships (titles.tsv UVTW, UVBCT): held, and the chain goes on past them.
    ["Đồng chí Nguyễn Văn Quảng, UVTW Đảng, Bí thư Thành ủy Đà Nẵng, dự hội nghị.", ["Nguyễn Văn Quảng > UVTW Đảng [current]", "Nguyễn Văn Quảng > Bí thư Thành ủy Đà Nẵng [current]"]],
    ["Đồng chí Trương Thị Mai, UVBCT, Thường trực Ban Bí thư, phát biểu chỉ đạo.", ["Trương Thị Mai > UVBCT [current]", "Trương Thị Mai > Thường trực Ban Bí thư [current]"]],
    ["Đồng chí Lê Văn Tâm, UVTƯ, Bí thư Tỉnh ủy, dự.", ["Lê Văn Tâm > UVTƯ [current]", "Lê Văn Tâm > Bí thư Tỉnh ủy [current]"]],
    // (UVTV, UVBTV: a standing committee's member, the party committee after it.)
    ["Tham dự có đồng chí Trần Văn Lực, UVTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh.", ["Trần Văn Lực > UVTV Tỉnh ủy [current]", "Trần Văn Lực > Phó Chủ tịch HĐND tỉnh [current]"]],
    ["Đồng chí Nguyễn Thị Hoa, UVBTV Thành ủy, Trưởng Ban Dân vận Thành ủy, dự.", ["Nguyễn Thị Hoa > UVBTV Thành ủy [current]", "Nguyễn Thị Hoa > Trưởng Ban Dân vận Thành ủy [current]"]],
    // (UVT.Ư: "T.Ư" for Trung ương, written with its dot.)
    ["Đồng chí Lê Thị Hạnh, UVT.Ư Đảng, Bí thư Tỉnh ủy, chủ trì.", ["Lê Thị Hạnh > UVT.Ư Đảng [current]", "Lê Thị Hạnh > Bí thư Tỉnh ủy [current]"]],
    // The delegation after "Trưởng đoàn" written as ĐBQH, with its province's level word alone: one post, not a
    // delegation head plus a deputy's seat; a name after the level word is the holder.
    ["Đồng chí Nguyễn Thị Hà, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị.", ["Nguyễn Thị Hà > Bí thư Tỉnh ủy [current]", "Nguyễn Thị Hà > Trưởng đoàn ĐBQH tỉnh [current]"]],
    ["Phó Trưởng đoàn ĐBQH tỉnh Nguyễn Văn An phát biểu.", ["Nguyễn Văn An > Phó Trưởng đoàn ĐBQH tỉnh [current]"]],
    ["Ông Trần Văn Quý, Phó Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh, chủ trì.", ["Trần Văn Quý > Phó Bí thư Tỉnh ủy [current]", "Trần Văn Quý > Trưởng đoàn Đại biểu Quốc hội tỉnh [current]"]],
    // A province's bloc committee (org-heads.tsv "Đảng ủy Khối …"): its words are the body's name in either case.
    ["Đồng chí Đỗ Văn Hữu, Tỉnh ủy viên, Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh.", ["Đỗ Văn Hữu > Tỉnh ủy viên [current]", "Đỗ Văn Hữu > Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh [current]"]],
    // The one a decision is handed to ("trao quyết định cho/đối với ông X giữ chức T") holds T; the one handing it over does not.
    ["Ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh, trao quyết định cho ông Trần Văn Bình giữ chức Giám đốc Sở Y tế.", ["Lê Văn Hải > Phó Chủ tịch UBND tỉnh [current]", "Trần Văn Bình > Giám đốc Sở Y tế [current]"]],
    ["Ông Nguyễn Văn Lâm trao quyết định đối với ông Trần Văn Phúc giữ chức Phó Giám đốc Sở Tài chính.", ["Trần Văn Phúc > Phó Giám đốc Sở Tài chính [current]"]],
    // "Phó Giám đốc Sở" (office-rules.tsv bare_body): the word belongs to the title, the holder after it is linked, and
    // the Sở named before is the post's body.
    ["Sở Y tế tỉnh Nghệ An tổ chức hội nghị. Phó Giám đốc Sở Nguyễn Văn Sơn phát biểu.", ["Nguyễn Văn Sơn > Phó Giám đốc Sở [current]"]],
    ["Sở Xây dựng Hà Nội vừa tổ chức hội nghị. Ông Nguyễn Văn Long, Phó Giám đốc Sở, cho biết.", ["Nguyễn Văn Long > Phó Giám đốc Sở [current]"]],
    // … the same post as the full title: one holds line, named by the full form.
    ["Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, dự. Đồng chí Trương Thị Mai, UVBCT, phát biểu.", ["Trương Thị Mai > Ủy viên Bộ Chính trị [current]"]],
    ["Đồng chí Trương Thị Mai, Ủy viên Trung ương Đảng, dự. Đồng chí Trương Thị Mai, UVTW Đảng, phát biểu.", ["Trương Thị Mai > Ủy viên Trung ương Đảng [current]"]],
  ])("%s", (text, expected) => {
    expect(personnelGraph(text).holds).toEqual(expected);
  });
});

describe("domestic personnel news: posts and bodies as written", () => {
  const spans = (text: string) => extract(text, { referenceDate: "2025-08-15" }).mentions.filter((m) => m.type === "position" || m.type === "organization").map((m) => `${m.type}: ${m.text}`);
  it.each([
    // "KH&CN": the "CN" glued by "&" is no address word (Bachelor), so the level word after it starts the place.
    ["Ông Đặng Văn Hải, Giám đốc Sở KH&CN tỉnh Thái Bình, cho biết.", ["position: Giám đốc Sở KH&CN tỉnh Thái Bình", "organization: Sở KH&CN tỉnh Thái Bình"]],
    ["Sở KH&CN huyện Nghi Lộc cho biết.", ["organization: Sở KH&CN huyện Nghi Lộc"]],
    ["Sở Y tế tỉnh Nghệ An tổ chức hội nghị. Phó Giám đốc Sở Nguyễn Văn Sơn phát biểu.", ["organization: Sở Y tế tỉnh Nghệ An", "position: Phó Giám đốc Sở"]],
    // A provincial anti-corruption steering committee (org-heads.tsv): its name's commas stay in it, with or without "về".
    ["Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nghệ An họp.", ["organization: Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nghệ An"]],
    ["Ông Nguyễn Văn Lực, Phó Trưởng Ban Chỉ đạo về phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh, phát biểu.", ["position: Phó Trưởng Ban Chỉ đạo về phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Hà Tĩnh"]],
    // The provincial office of the deputies' delegation and the People's Council, a district's office of HĐND and UBND
    // (org-heads.tsv): one body, "ĐBQH" in it no title (the body is elided into "Chánh Văn phòng": no nested mention).
    ["Ông Lê Văn Sơn được bổ nhiệm làm Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An.", ["position: Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An"]],
    ["Bà Lê Thị Mai, Chánh Văn phòng HĐND và UBND huyện Nghi Xuân, báo cáo.", ["position: Chánh Văn phòng HĐND và UBND huyện Nghi Xuân"]],
    // A place's Front written "MTTQ tỉnh" (org-heads.tsv): the local body, not the national one; "MTTQ" alone stays national.
    ["Bà Nguyễn Thị Hương, Phó Chủ tịch MTTQ tỉnh, trao quà.", ["position: Phó Chủ tịch MTTQ tỉnh", "organization: MTTQ tỉnh"]],
    ["Ông Lưu Văn Bình, Chủ tịch MTTQ huyện Thanh Sơn, tham dự.", ["position: Chủ tịch MTTQ huyện Thanh Sơn", "organization: MTTQ huyện Thanh Sơn"]],
    ["MTTQ các cấp tham gia giám sát.", ["organization: MTTQ"]],
    // A name written after "Sở" is the body's own: no bare word.
    ["Phó Giám đốc Sở Xây dựng Nguyễn Văn Long cho biết.", ["position: Phó Giám đốc Sở Xây dựng", "organization: Sở Xây dựng"]],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("domestic personnel news: the body of a bare 'Sở'", () => {
  const ofs = (text: string) => {
    const g = extract(text, { referenceDate: "2025-08-15" });
    const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
    return g.relations.flatMap((r) => (r.type === "of" ? [`${name(r.from)} of ${name(r.to)}`] : []));
  };
  it.each([
    ["Sở Xây dựng Hà Nội vừa tổ chức hội nghị. Ông Nguyễn Văn Long, Phó Giám đốc Sở, cho biết.", ["Phó Giám đốc Sở of Sở Xây dựng Hà Nội"]],
    // Only a body named "Sở …": not the hospital named before.
    ["Bệnh viện Bạch Mai tổ chức hội nghị. Ông Nguyễn Văn Long, Phó Giám đốc Sở, cho biết.", []],
  ])("%s", (text, expected) => {
    expect(ofs(text)).toEqual(expected);
  });
});

describe("domestic personnel news: a holiday's name as a given name", () => {
  const all = (text: string) => extract(text, { referenceDate: "2025-08-15" }).mentions.map((m) => `${m.type}: ${m.text}`);
  it.each([
    // Title-cased right after a surname, "Quốc Khánh" is the rest of a name, not National Day.
    ["Ông Đặng Quốc Khánh được phân công giữ chức Bí thư Tỉnh ủy Hà Giang.", ["person: Đặng Quốc Khánh", "position: Bí thư Tỉnh ủy Hà Giang", "organization: Tỉnh ủy Hà Giang"]],
    ["Ông Nguyễn Quốc Khánh, Giám đốc Sở Nội vụ, phát biểu dịp Quốc khánh.", ["person: Nguyễn Quốc Khánh", "position: Giám đốc Sở Nội vụ", "organization: Sở Nội vụ", "date: Quốc khánh"]],
    ["Mừng Quốc Khánh 2/9, ông Lê Văn An tặng quà.", ["date: Quốc Khánh 2/9", "person: Lê Văn An"]],
  ])("%s", (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
