import { describe, expect, it } from "vitest";
import { extract } from "../../src/index";

/** "type: person | post [by authority] [on date]" for every personnel event, in order. */
function events(text: string, referenceDate = "2017-06-01"): string[] {
  const g = extract(text, { referenceDate });
  const name = (id: string | undefined) => g.entities.find((e) => e.id === id)?.name;
  const value = (id: string | undefined) => {
    const e = g.entities.find((x) => x.id === id);
    return e?.type === "date" ? e.value : undefined;
  };
  return g.events.map((e) => [`${e.type}: ${name(e.person)} | ${name(e.position)}`, e.authority && `by ${name(e.authority)}`, e.date && `on ${value(e.date)}`].filter(Boolean).join(" "));
}

describe("personnel events", () => {
  it.each([
    ["Ông Nguyễn Văn An được Chủ tịch UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Y tế từ ngày 1/7.", ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế by Chủ tịch UBND tỉnh on 2017-07-01"]],
    ["Thủ tướng Chính phủ vừa ký quyết định bổ nhiệm ông Trần Văn Sơn giữ chức Thứ trưởng Bộ Tài chính.", ["appointment: Trần Văn Sơn | Thứ trưởng Bộ Tài chính by Thủ tướng Chính phủ"]],
    ["Ông Lê Văn Thành được bầu làm Chủ tịch UBND thành phố.", ["election: Lê Văn Thành | Chủ tịch UBND thành phố"]],
    // The holder's rank written before the name ("bổ nhiệm Thiếu tướng X giữ chức T"), an appositive after it too.
    ["Bộ trưởng Bộ Công an bổ nhiệm Thiếu tướng Đỗ Văn Hải giữ chức Cục trưởng Cục An ninh mạng.", ["appointment: Đỗ Văn Hải | Cục trưởng Cục An ninh mạng by Bộ trưởng Bộ Công an"]],
    ["Trước đó, Thủ tướng đã bổ nhiệm Thượng tướng Vũ Văn Bình, Tư lệnh Quân khu 3, giữ chức Thứ trưởng Bộ Quốc phòng.", ["appointment: Vũ Văn Bình | Thứ trưởng Bộ Quốc phòng by Thủ tướng"]],
    // "được giao quyền Chủ tịch …": "quyền" belongs to the title, "giao" is the decision (personnel-events.tsv);
    // a bare "giao" before someone's title and name hands a task, not a post.
    ["Bà Hà Thị Nga được giao quyền Chủ tịch UBND huyện Quế Phong.", ["appointment: Hà Thị Nga | Chủ tịch UBND huyện Quế Phong"]],
    ["Chủ tịch UBND tỉnh giao Phó Chủ tịch UBND tỉnh Lê Văn Cường phụ trách lĩnh vực y tế.", []],

    // A birth year after "SN" (link-cues.tsv age-before) is not when the election took place.
    ["Bà Vi Thị Lan (SN 1975) vừa được bầu làm Chủ tịch UBND huyện Con Cuông.", ["election: Vi Thị Lan | Chủ tịch UBND huyện Con Cuông"]],

    // A sentence opened by "Cũng tại phiên làm việc này," (link-cues.tsv same-time): the body after it decides.
    [
      "Cũng tại phiên làm việc này, Ủy ban Thường vụ Quốc hội đã biểu quyết, nhất trí về việc cho thôi làm nhiệm vụ đại biểu Quốc hội đối với bà Đặng Thu Hà kể từ ngày 2/3/2017.",
      ["dismissal: Đặng Thu Hà | đại biểu Quốc hội by Ủy ban Thường vụ Quốc hội on 2017-03-02"],
    ],

    // "Cũng" before a same-time opener ("Cũng tại kỳ họp,"): the date told before.
    [
      "Sáng 12/7, HĐND tỉnh Quảng Trị tổ chức kỳ họp bất thường. Với 100% đại biểu tán thành, ông Võ Văn Hưng được bầu làm Chủ tịch UBND tỉnh. Cũng tại kỳ họp, bà Hà Sỹ Đồng được bầu làm Ủy viên UBND tỉnh.",
      // ("Với 100% đại biểu tán thành, …" goes on with the session dated before too: link-cues.tsv same-time.)
      ["election: Võ Văn Hưng | Chủ tịch UBND tỉnh on 2017-07-12", "election: Hà Sỹ Đồng | Ủy viên UBND tỉnh on 2017-07-12"],
    ],
    // "thôi làm T" ends the post; "do được X điều động giữ chức T2" after the holder gives T2 (the reason told).
    ["Ông Trần Văn Nam được điều động làm Bí thư Tỉnh ủy và thôi làm Chủ tịch UBND tỉnh.", ["appointment: Trần Văn Nam | Bí thư Tỉnh ủy", "dismissal: Trần Văn Nam | Chủ tịch UBND tỉnh"]],
    ["Ông Lê Văn Dũng do được Ban Bí thư điều động giữ chức Phó Trưởng Ban Kinh tế Trung ương nên thôi làm Chủ tịch UBND tỉnh.", ["appointment: Lê Văn Dũng | Phó Trưởng Ban Kinh tế Trung ương by Ban Bí thư", "dismissal: Lê Văn Dũng | Chủ tịch UBND tỉnh"]],

    // "…; đồng thời phân công ông B …" (link-cues.tsv role along): the decider of the clause before decides it too.
    [
      "Trước đó, Ban Bí thư đã quyết định phân công ông Lương Văn Tín thôi giữ chức Bí thư Tỉnh ủy Hà Giang, giữ chức Phó Trưởng Ban Dân vận Trung ương; đồng thời phân công ông Mạc Đình Khôi giữ chức Bí thư Tỉnh ủy Hà Giang.",
      [
        "dismissal: Lương Văn Tín | Bí thư Tỉnh ủy Hà Giang by Ban Bí thư",
        "appointment: Lương Văn Tín | Phó Trưởng Ban Dân vận Trung ương by Ban Bí thư",
        "appointment: Mạc Đình Khôi | Bí thư Tỉnh ủy Hà Giang by Ban Bí thư",
      ],
    ],

    // "Đồng thời, …" carries on the date of the few sentences before, not a year of another matter written long before.
    [
      "Sáng 12/4, Ủy ban Thường vụ Quốc hội họp. Các ý kiến được tiếp thu. Đồng thời, Ủy ban cho thôi nhiệm vụ đại biểu Quốc hội đối với ông Trần Văn Minh.",
      ["dismissal: Trần Văn Minh | đại biểu Quốc hội on 2017-04-12"],
    ],
    [
      "Ủy ban cho ý kiến về quyết toán ngân sách năm 2015. Ý kiến thứ 1 được tiếp thu. Ý kiến thứ 2 được tiếp thu. Ý kiến thứ 3 được tiếp thu. Ý kiến thứ 4 được tiếp thu. Ý kiến thứ 5 được tiếp thu. Ý kiến thứ 6 được tiếp thu. Ý kiến thứ 7 được tiếp thu. Ý kiến thứ 8 được tiếp thu. Ý kiến thứ 9 được tiếp thu. Đồng thời, Ủy ban cho thôi nhiệm vụ đại biểu Quốc hội đối với ông Trần Văn Minh.",
      ["dismissal: Trần Văn Minh | đại biểu Quốc hội"],
    ],

    // Of several people before the title, the one a decision word acts on, when only a verb of holding leads to the title.
    [
      "Ngày 12/3, ông Trần Quang Huy đã trao quyết định của Ban Bí thư điều động ông Lê Minh Sơn, Thứ trưởng Bộ Công Thương tham gia Ban Chấp hành Đảng bộ tỉnh, giữ chức Phó Bí thư Tỉnh ủy Quảng Ngãi.",
      ["appointment: Lê Minh Sơn | Phó Bí thư Tỉnh ủy Quảng Ngãi by Ban Bí thư on 2017-03-12"],
    ],
    // … not when another decision word, or "sẽ", comes between that person and the title.
    ["Bà Hoàng Thị Lan cho biết Bộ Chính trị đã phân công ông Đỗ Văn Hải làm Bí thư Tỉnh ủy và sẽ phân công ông làm Trưởng đoàn đại biểu Quốc hội tỉnh.", ["appointment: Đỗ Văn Hải | Bí thư Tỉnh ủy by Bộ Chính trị"]],
    // "sẽ" before the decision word: a plan, no event.
    ["Ban Bí thư sẽ chỉ định ông Vũ Đình Phong làm Bí thư Tỉnh ủy.", []],
    // "X thôi giữ chức T1, phân công giữ chức T2": the next post of the same decision, "được" left out.
    ["Ông Phạm Quốc Bảo thôi giữ chức Bí thư Tỉnh ủy, phân công giữ chức Phó trưởng Ban Tuyên giáo Trung ương.", ["dismissal: Phạm Quốc Bảo | Bí thư Tỉnh ủy", "appointment: Phạm Quốc Bảo | Phó trưởng Ban Tuyên giáo Trung ương"]],

    ["HĐND tỉnh đã bầu ông Lê Văn Thành giữ chức Chủ tịch UBND tỉnh.", ["election: Lê Văn Thành | Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["Ông Nguyễn Văn Bình được Quốc hội phê chuẩn làm Phó Thủ tướng Chính phủ.", ["approval: Nguyễn Văn Bình | Phó Thủ tướng Chính phủ by Quốc hội"]],
    ["HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Bình.", ["dismissal: Lê Văn Bình | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["Thường vụ Quốc hội đồng ý cho thôi nhiệm vụ đại biểu Quốc hội đối với ông Võ Kim Cự.", ["dismissal: Võ Kim Cự | đại biểu Quốc hội by Thường vụ Quốc hội"]],
    // "A cho ông X thôi …": the one who lets the person leave the post decides, even after an object word.
    ["Ủy ban Thường vụ Quốc hội cho ông Võ Kim Cự thôi nhiệm vụ đại biểu Quốc hội.", ["dismissal: Võ Kim Cự | đại biểu Quốc hội by Ủy ban Thường vụ Quốc hội"]],
    // A decision that ends a post, right before the title and its holder's name; "bị" makes the holder the subject.
    ["HĐND tỉnh miễn nhiệm Phó Chủ tịch UBND tỉnh Nguyễn Văn An.", ["dismissal: Nguyễn Văn An | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["Ngô Đình Diệm phế truất Quốc trưởng Bảo Đại năm 1955.", ["dismissal: Bảo Đại | Quốc trưởng by Ngô Đình Diệm on 1955"]],
    ["Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, bị cách chức.", ["dismissal: Nguyễn Văn An | Chủ tịch UBND tỉnh"]],
    ["Hòa thượng Thích Phổ Tuệ, Pháp chủ Giáo hội Phật giáo Việt Nam, đã viên tịch ngày 24/1/2017.", ["death: Thích Phổ Tuệ | Pháp chủ Giáo hội Phật giáo Việt Nam on 2017-01-24"]],
    // (A task given to the holder of a post is no event of that post.)
    ["Thủ tướng phân công Phó Thủ tướng Vũ Đức Đam phụ trách lĩnh vực y tế.", []],
    [
      "Ông Nguyễn Hạnh Phúc lý giải vì sao Ủy ban Thường vụ Quốc hội cho ông Võ Kim Cự thôi nhiệm vụ ĐBQH chứ không đợi Quốc hội bãi nhiệm.",
      ["dismissal: Võ Kim Cự | ĐBQH by Ủy ban Thường vụ Quốc hội"],
    ],
    // "hiệp thương nhất trí (100%) cử": the agreement inside the event phrase.
    [
      "Hội nghị đã hiệp thương nhất trí 100% cử ông Trần Thanh Mẫn, Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam là Chủ tịch UBTƯ MTTQ Việt Nam khóa VIII.",
      ["election: Trần Thanh Mẫn | Chủ tịch UBTƯ MTTQ Việt Nam"],
    ],
    [
      "Ủy ban Trung ương MTTQ Việt Nam đã hiệp thương thống nhất cử bà Nguyễn Thị Hoa giữ chức Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
      ["election: Nguyễn Thị Hoa | Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam by Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"],
    ],
    ["Ngày 7/5, Ban Chấp hành Trung ương quyết định kỷ luật ông Đinh La Thăng và cho thôi giữ chức Ủy viên Bộ Chính trị.", ["dismissal: Đinh La Thăng | Ủy viên Bộ Chính trị by Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam on 2017-05-07"]],
    ["Ông Trần Văn Tâm, nguyên Giám đốc Sở Tài chính, đã từ trần ngày 5/6/2017.", ["death: Trần Văn Tâm | Giám đốc Sở Tài chính on 2017-06-05"]],
    // A date set off by commas after the event opens the next clause: it is not the event's.
    [
      "Sau khi Chủ tịch Nguyễn Văn Tâm qua đời, ngày 14/7/1986, tại phiên họp đặc biệt, ông Lê Văn Hòa được bầu làm Chủ tịch.",
      ["election: Lê Văn Hòa | Chủ tịch on 1986-07-14", "death: Nguyễn Văn Tâm | Chủ tịch"],
    ],
    ["Ông Trần Văn Tâm, nguyên Giám đốc Sở Tài chính, đã từ trần, ngày 5/6/2017.", ["death: Trần Văn Tâm | Giám đốc Sở Tài chính on 2017-06-05"]],
    ["Ông Lê Văn Hòa, Giám đốc Công an tỉnh, nghỉ hưu theo chế độ.", ["retirement: Lê Văn Hòa | Giám đốc Công an tỉnh"]],
    ["Ông Nguyễn Văn Nam được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.", ["appointment: Nguyễn Văn Nam | Phó Giám đốc Sở Nội vụ"]],
    // Names joined by "và" or commas before the verb: each is appointed to a post several hold; a decision before
    // a plural title concerns each name listed after it.
    ["Bộ trưởng bổ nhiệm các ông Nguyễn Văn An, Trần Văn Bình giữ chức Phó Vụ trưởng Vụ Pháp chế.", ["appointment: Trần Văn Bình | Phó Vụ trưởng Vụ Pháp chế by Bộ trưởng", "appointment: Nguyễn Văn An | Phó Vụ trưởng Vụ Pháp chế by Bộ trưởng"]],
    ["HĐND tỉnh bầu ông Lê Văn An và ông Phạm Văn Bình làm Ủy viên UBND tỉnh.", ["election: Phạm Văn Bình | Ủy viên UBND tỉnh by HĐND tỉnh", "election: Lê Văn An | Ủy viên UBND tỉnh by HĐND tỉnh"]],
    ["HĐND tỉnh đã bầu các Phó Chủ tịch UBND tỉnh gồm các ông: Nguyễn Văn An và Trần Văn Bình.", ["election: Nguyễn Văn An | Phó Chủ tịch UBND tỉnh by HĐND tỉnh", "election: Trần Văn Bình | Phó Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["HĐND tỉnh chưa bầu các Phó Chủ tịch UBND tỉnh gồm các ông: Nguyễn Văn An và Trần Văn Bình.", []],
    // "kể từ" after the holder's name, also past the holder's title set off by commas, dates the act.
    ["Ủy ban Thường vụ Quốc hội đồng ý cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Võ Kim Cự, đại biểu Quốc hội thuộc Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh, kể từ ngày 15/5/2017.", ["dismissal: Võ Kim Cự | đại biểu Quốc hội by Ủy ban Thường vụ Quốc hội on 2017-05-15"]],
    // A title standing for its holder opens a career list: the decision told before gives none of its posts.
    ["Ông Trần Văn Nam được phân công giữ chức Bí thư Tỉnh ủy Nam Định. Tân Bí thư Tỉnh ủy Nam Định từng kinh qua nhiều vị trí công tác như Phó Giám đốc Sở Tài chính Nam Định; Chủ tịch UBND huyện Giao Thủy.", ["appointment: Trần Văn Nam | Bí thư Tỉnh ủy Nam Định"]],
    // ("kể từ" may end the holder's title with no comma, past its term and its delegation.)
    ["Ủy ban Thường vụ Quốc hội nhất trí cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Trần Văn Nam, đại biểu Quốc hội khóa XIV thuộc Đoàn đại biểu Quốc hội tỉnh Nam Định kể từ ngày 15/5/ 2017 vì lý do sức khỏe.", ["dismissal: Trần Văn Nam | đại biểu Quốc hội by Ủy ban Thường vụ Quốc hội on 2017-05-15"]],
    ["HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 kể từ ngày 1/6/2017.", ["dismissal: Lê Văn Hòa | Phó Chủ tịch UBND tỉnh by HĐND tỉnh on 2017-06-01"]],
    // Announcing or filing a resignation resigns; "sa thải" (to fire) dismisses.
    ["Thủ tướng Nhật Bản Shinzo Abe tuyên bố từ chức.", ["resignation: Shinzo Abe | Thủ tướng Nhật Bản"]],
    ["Tổng thống Donald Trump sa thải Ngoại trưởng Rex Tillerson.", ["dismissal: Rex Tillerson | Ngoại trưởng by Donald Trump"]],
    // A step of the holder's own after the name, with the title written before the name or set off by commas.
    ["Tổng thống Pháp Emmanuel Macron đã tái đắc cử.", ["election: Emmanuel Macron | Tổng thống Pháp"]],
    ["Ông Emmanuel Macron, Tổng thống Pháp, tái đắc cử.", ["election: Emmanuel Macron | Tổng thống Pháp"]],
    ["Hôm qua, Tổng thống Pháp Emmanuel Macron không tái đắc cử.", []],
    // The next name with a verb and a title of its own, right after the title a decision gave: the same decision.
    ["Thủ tướng bổ nhiệm ông Lê Văn Dũng làm Thứ trưởng Bộ Y tế, ông Nguyễn Văn Tư làm Thứ trưởng Bộ Công Thương.", ["appointment: Lê Văn Dũng | Thứ trưởng Bộ Y tế by Thủ tướng", "appointment: Nguyễn Văn Tư | Thứ trưởng Bộ Công Thương by Thủ tướng"]],
    ["Đại hội bầu ông Lê Văn Dũng giữ chức Bí thư Tỉnh ủy và ông Nguyễn Văn Tư giữ chức Phó Bí thư Tỉnh ủy.", ["election: Lê Văn Dũng | Bí thư Tỉnh ủy", "election: Nguyễn Văn Tư | Phó Bí thư Tỉnh ủy"]],
    ["Thủ tướng bổ nhiệm ông Lê Văn Dũng làm Thứ trưởng Bộ Y tế. Ông Nguyễn Văn Tư làm Thứ trưởng Bộ Công Thương từ năm 2010.", ["appointment: Lê Văn Dũng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
    ["Thủ tướng bổ nhiệm ông Lê Văn Dũng làm Thứ trưởng Bộ Y tế, ông Nguyễn Văn Tư, Thứ trưởng Bộ Công Thương, dự lễ.", ["appointment: Lê Văn Dũng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
    // Not with a word of its own between the name and the title, nor with a period of time after it: no decision told.
    ["Thủ tướng bổ nhiệm ông Lê Văn Dũng làm Thứ trưởng Bộ Y tế, ông Nguyễn Văn Tư vẫn làm Thứ trưởng Bộ Công Thương.", ["appointment: Lê Văn Dũng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
    ["Thủ tướng bổ nhiệm ông Lê Văn Dũng làm Thứ trưởng Bộ Y tế; ông Nguyễn Văn Tư làm Thứ trưởng Bộ Y tế từ năm 2010 đến năm 2015.", ["appointment: Lê Văn Dũng | Thứ trưởng Bộ Y tế by Thủ tướng"]],
    // "nhất trí" (unanimously) between the agent and the event word.
    ["Ông Nguyễn Văn Nam được Hội nghị Ban Chấp hành nhất trí bầu làm Chủ tịch Hội Nông dân tỉnh.", ["election: Nguyễn Văn Nam | Chủ tịch Hội Nông dân tỉnh by Ban Chấp hành"]],
    // An approval and the act it approves are two events (eval/CONVENTIONS.md).
    ["Quốc hội phê chuẩn đề nghị của Thủ tướng bổ nhiệm ông Nguyễn Chí Dũng giữ chức Bộ trưởng Bộ Kế hoạch và Đầu tư.", ["appointment: Nguyễn Chí Dũng | Bộ trưởng Bộ Kế hoạch và Đầu tư by Thủ tướng", "approval: Nguyễn Chí Dũng | Bộ trưởng Bộ Kế hoạch và Đầu tư by Quốc hội"]],
    // "phê chuẩn (việc) bổ nhiệm ông X" tells the approval alone: the appointment is still to be made, by someone the text
    // does not name (eval/CONVENTIONS.md, issue 13's wrong edges; test gold).
    ["Quốc hội đã biểu quyết phê chuẩn việc bổ nhiệm ông Nguyễn Chí Dũng làm Bộ trưởng Bộ Kế hoạch và Đầu tư.", ["approval: Nguyễn Chí Dũng | Bộ trưởng Bộ Kế hoạch và Đầu tư by Quốc hội"]],
    // "Ngài" standing alone for the foreign dignitary named before (link-cues.tsv pronoun).
    ["Chủ tịch nước chúc mừng Ngài Jan Kowalski nhân dịp Ngài được bầu lại giữ chức Chủ tịch Hạ viện Ba Lan.", ["election: Jan Kowalski | Chủ tịch Hạ viện Ba Lan"]],
    // After "được", the approving body with its term; "phê chuẩn bổ nhiệm" runs into "bổ nhiệm giữ chức": the approval
    // alone, by that body (never an appointment by the approver).
    ["Ông Lê Văn Minh được Quốc hội khóa XIII phê chuẩn bổ nhiệm giữ chức Bộ trưởng Bộ Y tế.", ["approval: Lê Văn Minh | Bộ trưởng Bộ Y tế by Quốc hội"]],
    ["Ông Lê Văn Minh được HĐND tỉnh khóa XIV bầu làm Chủ tịch UBND tỉnh.", ["election: Lê Văn Minh | Chủ tịch UBND tỉnh by HĐND tỉnh"]],
    ["Thủ tướng Chính phủ đã phê chuẩn kết quả bầu Chủ tịch UBND tỉnh Quảng Nam đối với ông Lê Trí Thanh.", ["approval: Lê Trí Thanh | Chủ tịch UBND tỉnh Quảng Nam by Thủ tướng Chính phủ", "election: Lê Trí Thanh | Chủ tịch UBND tỉnh Quảng Nam"]],
    // The same kind of act told again with a later date is a later act: the latest is kept.
    ["Năm 2016, ông Nguyễn Văn An được bầu làm Bí thư Tỉnh ủy Nghệ An. Tháng 10/2020, ông được bầu lại làm Bí thư Tỉnh ủy Nghệ An.", ["election: Nguyễn Văn An | Bí thư Tỉnh ủy Nghệ An on 2020-10"]],
    // A decision that ends a holding, right before the name, ends the post written with it.
    ["Quốc hội đã bỏ phiếu miễn nhiệm ông Nguyễn Văn Bình, Thống đốc Ngân hàng Nhà nước.", ["dismissal: Nguyễn Văn Bình | Thống đốc Ngân hàng Nhà nước by Quốc hội"]],
    ["Quốc hội đã miễn nhiệm ông Nguyễn Văn Bình, Thống đốc Ngân hàng Nhà nước, để giữ chức Trưởng ban Kinh tế Trung ương.", ["dismissal: Nguyễn Văn Bình | Thống đốc Ngân hàng Nhà nước by Quốc hội"]],
    // "Theo Quyết định số … ngày … của X": X decided, and holds nothing.
    ["Theo Quyết định số 123/QĐ-TTg ngày 10/5/2017 của Thủ tướng, ông Lê Văn An được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính.", ["appointment: Lê Văn An | Thứ trưởng Bộ Tài chính by Thủ tướng on 2017-05-10"]],
    // Who acts on the person decides; an agent after a chain of titles decides the next one.
    ["Bộ Chính trị quyết định phân công ông Đinh La Thăng thôi giữ chức Bí thư Thành ủy TP.HCM.", ["dismissal: Đinh La Thăng | Bí thư Thành ủy TP.HCM by Bộ Chính trị"]],
    [
      "Sáng 10/5, ông Nguyễn Thiện Nhân - Ủy viên Bộ Chính trị - được Bộ Chính trị phân công làm Bí thư Thành ủy TPHCM.",
      ["appointment: Nguyễn Thiện Nhân | Bí thư Thành ủy TPHCM by Bộ Chính trị on 2017-05-10"],
    ],
    ["Ông Nguyễn Thiện Nhân được cử giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.", ["election: Nguyễn Thiện Nhân | Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]],
    ["Theo quyết định của Ban Bí thư, Thứ trưởng Bộ Xây dựng Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy Yên Bái.", ["appointment: Đỗ Đức Duy | Phó Bí thư Tỉnh ủy Yên Bái by Ban Bí thư"]],
    // Both titles of one appointment.
    ["Thủ tướng bổ nhiệm ông Trần Văn Sơn giữ chức Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ.", ["appointment: Trần Văn Sơn | Bộ trưởng by Thủ tướng", "appointment: Trần Văn Sơn | Chủ nhiệm Văn phòng Chính phủ by Thủ tướng"]],
    // Who decided: through a decision's number and "về việc", a resolution, the body whose decision it is.
    [
      "Thủ tướng Chính phủ vừa ban hành Quyết định số 123/QĐ-TTg bổ nhiệm ông Trần Văn Bình giữ chức Thứ trưởng Bộ Công Thương.",
      ["appointment: Trần Văn Bình | Thứ trưởng Bộ Công Thương by Thủ tướng Chính phủ"],
    ],
    [
      "Ngày 5/4, Thủ tướng Chính phủ đã ký Quyết định số 456/QĐ-TTg về việc bổ nhiệm ông Trần Văn Bình giữ chức Thứ trưởng Bộ Công Thương.",
      ["appointment: Trần Văn Bình | Thứ trưởng Bộ Công Thương by Thủ tướng Chính phủ on 2017-04-05"],
    ],
    [
      "Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 45/NQ-UBTVQH14 cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Trần Văn Khang kể từ ngày 10/5/2017.",
      ["dismissal: Trần Văn Khang | đại biểu Quốc hội by Ủy ban Thường vụ Quốc hội on 2017-05-10"],
    ],
    [
      "Ông Lê Văn Chính đã công bố quyết định của Bộ Chính trị, bổ nhiệm ông Trần Văn Long giữ chức Phó ban Kinh tế Trung ương.",
      ["appointment: Trần Văn Long | Phó ban Kinh tế Trung ương by Bộ Chính trị"],
    ],
    ["Quốc hội đã phê chuẩn việc miễn nhiệm Bộ trưởng Bộ Tài nguyên và Môi trường đối với ông Nguyễn Minh Quang.", ["dismissal: Nguyễn Minh Quang | Bộ trưởng Bộ Tài nguyên và Môi trường by Quốc hội"]],
    // An event word after "được" between the name and the title a verb gives.
    [
      "Ông Ngô Văn Hải được Ban Bí thư chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Nghệ An.",
      ["appointment: Ngô Văn Hải | Phó Bí thư Tỉnh ủy Nghệ An by Ban Bí thư"],
    ],
    // "được" before the holder's own step; "vào ngày …".
    ["Ông Phạm Văn Nam, Phó Chủ tịch UBND tỉnh, được nghỉ hưu theo chế độ từ ngày 1/5/2017.", ["retirement: Phạm Văn Nam | Phó Chủ tịch UBND tỉnh on 2017-05-01"]],
    ["Ông Vũ Văn Đam từ chức Phó Thủ tướng vào ngày 5/1/2017.", ["resignation: Vũ Văn Đam | Phó Thủ tướng on 2017-01-05"]],
    // A sentence that carries on the one before takes its date; so does the same person's next step.
    [
      "Sáng 10/5, các quyết định về công tác cán bộ đã được công bố tại Hà Nội. Theo đó, ông Trần Văn Long thôi giữ chức Bí thư Thành ủy Hà Nội. Ông được điều động giữ chức Phó ban Kinh tế Trung ương.",
      ["dismissal: Trần Văn Long | Bí thư Thành ủy Hà Nội on 2017-05-10", "appointment: Trần Văn Long | Phó ban Kinh tế Trung ương on 2017-05-10"],
    ],
    // (So does "Theo quyết định này", the decision of the sentence before, with its decider: link-cues.tsv same-time.)
    [
      "Sáng 11/5, Ban Tổ chức Trung ương tổ chức hội nghị triển khai quyết định của Bộ Chính trị về công tác cán bộ. Theo quyết định này, ông Trần Văn Long, Ủy viên Trung ương Đảng, thôi giữ chức Bí thư Tỉnh ủy Hà Nam, được phân công nhiệm vụ Phó Trưởng Ban Tổ chức Trung ương.",
      ["dismissal: Trần Văn Long | Bí thư Tỉnh ủy Hà Nam by Bộ Chính trị on 2017-05-11", "appointment: Trần Văn Long | Phó Trưởng Ban Tổ chức Trung ương by Bộ Chính trị on 2017-05-11"],
    ],
    [
      "Sáng 22/5, Hội nghị Ủy ban Trung ương MTTQ Việt Nam khai mạc. Hội nghị đã hiệp thương cử ông Lê Văn Minh giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
      ["election: Lê Văn Minh | Chủ tịch Ủy ban Trung ương MTTQ Việt Nam on 2017-05-22"],
    ],
    // The holding's own start dates the appointment told without a date.
    [
      "Ông Trần Văn Long được bổ nhiệm giữ chức Phó ban Kinh tế Trung ương. Ông Trần Văn Long nhậm chức Phó ban Kinh tế Trung ương từ ngày 11/5.",
      ["appointment: Trần Văn Long | Phó ban Kinh tế Trung ương on 2017-05-11"],
    ],
    // "bổ sung", "chức danh", a decision on someone named as its subject, an event after "Title Name".
    [
      "Hội nghị đã hiệp thương cử bổ sung ông Nguyễn Văn Hòa, Chủ tịch Ủy ban MTTQ tỉnh Bình Định, giữ chức Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
      ["election: Nguyễn Văn Hòa | Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"],
    ],
    ["HĐND huyện đã miễn nhiệm chức danh Chủ tịch UBND huyện đối với ông Nguyễn Văn Sáu theo nguyện vọng cá nhân.", ["dismissal: Nguyễn Văn Sáu | Chủ tịch UBND huyện by HĐND huyện"]],
    ["Nguyên Thủ tướng Phan Văn Khải đã qua đời ngày 17/3/2017.", ["death: Phan Văn Khải | Thủ tướng on 2017-03-17"]],
    // A later telling fills in what the first left out (a headline, then the dated report).
    [
      "Ông Trần Văn Long thôi giữ chức Bí thư Thành ủy Hà Nội\nSáng 10/5, các quyết định về công tác cán bộ đã được công bố. Theo đó, ông Trần Văn Long thôi giữ chức Bí thư Thành ủy Hà Nội.",
      ["dismissal: Trần Văn Long | Bí thư Thành ủy Hà Nội on 2017-05-10"],
    ],
    // A sentence with a date of its own does not take the date of the one before; its one date is the event's.
    [
      "Năm 2014, ông Lê Văn Minh được bầu làm Chủ tịch Hội Nông dân tỉnh. Tại Đại hội Đảng đầu năm 2016, ông Lê Văn Minh tái đắc cử Ủy viên Ban Chấp hành Trung ương Đảng.",
      ["election: Lê Văn Minh | Chủ tịch Hội Nông dân tỉnh on 2014", "election: Lê Văn Minh | Ủy viên Ban Chấp hành Trung ương Đảng on 2016-01/2016-04"],
    ],
    ["Ông Trần Văn Nam đã được bầu giữ chức Chủ tịch Hội hữu nghị Việt - Nhật tại Đại hội diễn ra ngày 15/5.", ["election: Trần Văn Nam | Chủ tịch Hội hữu nghị Việt - Nhật on 2017-05-15"]],
    // … not a birth date.
    ["Ông Trần Văn Nam, sinh năm 1965, được bầu làm Chủ tịch Hội Nông dân Việt Nam.", ["election: Trần Văn Nam | Chủ tịch Hội Nông dân Việt Nam"]],
    // A resolution's number and date; a retirement announced "đối với" the person; a decision that lets someone go.
    [
      "Ủy ban Thường vụ Quốc hội vừa ban hành Nghị quyết số 400/NQ-UBTVQH14 ngày 20/5/2017 cho thôi làm nhiệm vụ đại biểu Quốc hội khóa XIV đối với ông Võ Kim Cự.",
      ["dismissal: Võ Kim Cự | đại biểu Quốc hội by Ủy ban Thường vụ Quốc hội on 2017-05-20"],
    ],
    [
      "Ngày 20/5, Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam đã tổ chức hội nghị công bố quyết định nghỉ hưu đối với bà Lê Thị Nga, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
      ["retirement: Lê Thị Nga | Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam on 2017-05-20"],
    ],
    [
      "Thủ tướng Chính phủ vừa có quyết định cho ông Nguyễn Văn Hà, Thứ trưởng Bộ Tài chính, nghỉ hưu để hưởng chế độ bảo hiểm xã hội từ ngày 1/6/2017.",
      ["retirement: Nguyễn Văn Hà | Thứ trưởng Bộ Tài chính by Thủ tướng Chính phủ on 2017-06-01"],
    ],
    ["Bộ Chính trị đã có quyết định cho ông Nguyễn Văn Hà thôi giữ chức Bí thư Tỉnh ủy Hà Giang.", ["dismissal: Nguyễn Văn Hà | Bí thư Tỉnh ủy Hà Giang by Bộ Chính trị"]],
    // A body with its term before the decision words; the subject of a deciding sentence; the body
    // whose decision the sentence before announced.
    ["Tại kỳ họp thứ 3, HĐND tỉnh Quảng Nam khóa IX đã bầu ông Lê Trí Thanh làm Chủ tịch UBND tỉnh.", ["election: Lê Trí Thanh | Chủ tịch UBND tỉnh by HĐND tỉnh Quảng Nam"]],
    [
      "Theo đó, ngày 21/5, Bộ Chính trị đã có văn bản số 4178 về nhân sự với nội dung: đồng ý để ông Nguyễn Văn Nhân thôi giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
      ["dismissal: Nguyễn Văn Nhân | Chủ tịch Ủy ban Trung ương MTTQ Việt Nam by Bộ Chính trị on 2017-05-21"],
    ],
    [
      "Sáng 8/2, ông Nguyễn Thanh Bình đã công bố quyết định của Ban Bí thư về công tác cán bộ. Theo đó, ông Đỗ Đức Duy được chỉ định giữ chức Phó Bí thư Tỉnh ủy Yên Bái.",
      ["appointment: Đỗ Đức Duy | Phó Bí thư Tỉnh ủy Yên Bái by Ban Bí thư on 2017-02-08"],
    ],
    // An aside in parentheses after the name; the date opening the clause of the name.
    ["Tại phiên này, Quốc hội mặc niệm đại biểu Ngô Văn Minh (Quảng Nam) mới qua đời do bệnh.", ["death: Ngô Văn Minh | đại biểu"]],
    [
      "Ông Trần Văn Hải cho biết, từ ngày 1/6, ông Lê Ba Trình, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đã nghỉ hưu.",
      ["retirement: Lê Ba Trình | Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam on 2017-06-01"],
    ],
    // "hiệp thương, cử"; a pronoun after the event word where the name would stand.
    [
      "Tháng 9/2013, Ủy ban Trung ương MTTQ Việt Nam đã hiệp thương, cử ông Nguyễn Thiện Nhân giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.",
      ["election: Nguyễn Thiện Nhân | Chủ tịch Ủy ban Trung ương MTTQ Việt Nam by Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam on 2013-09"],
    ],
    ["Ông Nguyễn Văn An phát biểu tại lễ công bố quyết định của Bộ Chính trị phân công ông làm Bí thư Tỉnh ủy Nghệ An.", ["appointment: Nguyễn Văn An | Bí thư Tỉnh ủy Nghệ An by Bộ Chính trị"]],
    // The date written with the meeting named after the title, over the date opening the clause.
    [
      "Từ năm 1939, đồng chí Trường Chinh tổ chức lại Ban Chấp hành Trung ương và được bầu làm Quyền Tổng Bí thư tại Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng (tháng 11-1940).",
      ["election: Trường Chinh | Tổng Bí thư on 1940-11"],
    ],
    // A list of people opened by "các ông:", in one sentence or one entry a line.
    [
      "Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm các ông: Nguyễn Văn An giữ chức Giám đốc Sở Y tế; Trần Văn Bình giữ chức Giám đốc Sở Tài chính.",
      ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế by Chủ tịch UBND tỉnh", "appointment: Trần Văn Bình | Giám đốc Sở Tài chính by Chủ tịch UBND tỉnh"],
    ],
    [
      "Ngày 5/4, Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm các ông:\n- Ông Nguyễn Văn An giữ chức Giám đốc Sở Y tế;\n- Ông Trần Văn Bình giữ chức Giám đốc Sở Tài chính.",
      ["appointment: Nguyễn Văn An | Giám đốc Sở Y tế by Chủ tịch UBND tỉnh on 2017-04-05", "appointment: Trần Văn Bình | Giám đốc Sở Tài chính by Chủ tịch UBND tỉnh on 2017-04-05"],
    ],
    // Not the date of the sentence before when the sentence tells another time.
    ["Ngày 1/6, bà Lê Thị Hương phát biểu. Trước đó, bà Lê Thị Hương được bầu làm Chủ tịch Hội Phụ nữ tỉnh.", ["election: Lê Thị Hương | Chủ tịch Hội Phụ nữ tỉnh"]],
    // A pronoun's title is not given by the verb of the sentence that named the person.
    ["Ông Nguyễn Văn An được bổ nhiệm làm Phó trưởng Ban Kinh tế Trung ương. Trước đó, ông là Phó Chủ tịch UBND tỉnh Nghệ An.", ["appointment: Nguyễn Văn An | Phó trưởng Ban Kinh tế Trung ương"]],
    ["Bà Lê Thị Hương được bầu làm Chủ tịch Hội Phụ nữ tỉnh. Bà là Ủy viên Ban Thường vụ Tỉnh ủy.", ["election: Lê Thị Hương | Chủ tịch Hội Phụ nữ tỉnh"]],
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  // A step of the holder's own told later with a pronoun or the name alone: about the posts last told with the person.
  const laterSteps: Array<[string, string[]]> = [
    ["Ông Nguyễn Văn An, nguyên Bí thư Tỉnh ủy Nghệ An, nguyên Bộ trưởng Bộ Tài chính. Ông từ trần ngày 5/6/2017.", ["death: Nguyễn Văn An | Bí thư Tỉnh ủy Nghệ An on 2017-06-05", "death: Nguyễn Văn An | Bộ trưởng Bộ Tài chính on 2017-06-05"]],
    ["Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nghệ An. Đồng chí đã nghỉ hưu từ ngày 1/3/2017.", ["retirement: Nguyễn Văn An | Giám đốc Sở Y tế tỉnh Nghệ An on 2017-03-01"]],
    ["Ông Nguyễn Văn An, Giám đốc Sở Y tế. Năm 2015, ông nghỉ hưu.", ["retirement: Nguyễn Văn An | Giám đốc Sở Y tế on 2015"]],
    ["Tổng thống Belarus Alexander Lukashenko tiếp Chủ tịch Quốc hội. Ông Lukashenko tái đắc cử vào tháng 8/2020.", ["election: Alexander Lukashenko | Tổng thống Belarus on 2020-08"]],
    // A step of the holder's own right after the post (or after "giữ chức vụ này") ended it then.
    ["Ông Lê Duẩn giữ chức Tổng Bí thư cho đến khi qua đời năm 1986.", ["death: Lê Duẩn | Tổng Bí thư on 1986"]],
    ["Năm 1960, ông Lê Duẩn được bầu làm Bí thư Thứ nhất và giữ chức vụ này đến khi qua đời năm 1986.", ["election: Lê Duẩn | Bí thư Thứ nhất on 1960", "death: Lê Duẩn | Bí thư Thứ nhất on 1986"]],
    ["Ông Nguyễn Văn An làm Giám đốc Sở Y tế đến khi nghỉ hưu vào tháng 6/2015.", ["retirement: Nguyễn Văn An | Giám đốc Sở Y tế on 2015-06"]],
    // "mất" is a death with its date or place after it, "mất chức" a lost post; not "mất việc".
    ["Năm 1981, ông Trường Chinh được Quốc hội bầu làm Chủ tịch Hội đồng Nhà nước. Ông mất năm 1988 tại Hà Nội.", ["election: Trường Chinh | Chủ tịch Hội đồng Nhà nước by Quốc hội on 1981", "death: Trường Chinh | Chủ tịch Hội đồng Nhà nước on 1988"]],
    ["Ông Nguyễn Văn An bị mất chức Giám đốc Sở Y tế.", ["dismissal: Nguyễn Văn An | Giám đốc Sở Y tế"]],
    ["Ông Nguyễn Văn An, Giám đốc Sở Y tế, nói nhiều người mất việc.", []],
  ];
  it.each(laterSteps)("later step: %s", (text, expected) => expect(events(text)).toEqual(expected));

  // "Chức vụ này" names the last post someone was told to leave; it is handed to the one named next.
  it("a post handed over: \"Chức vụ này đã được giao cho ông Y\"", () => {
    expect(events("Ông Nguyễn Văn An thôi giữ chức Bí thư Tỉnh ủy Nghệ An. Chức vụ này đã được giao cho ông Trần Văn Bình.")).toEqual([
      "dismissal: Nguyễn Văn An | Bí thư Tỉnh ủy Nghệ An",
      "appointment: Trần Văn Bình | Bí thư Tỉnh ủy Nghệ An",
    ]);
    // Not a post still held, nor a plan.
    expect(events("Ông Nguyễn Văn An là Bí thư Tỉnh ủy Nghệ An. Chức vụ này đã được giao cho ông Trần Văn Bình.")).toEqual([]);
    expect(events("Ông Nguyễn Văn An thôi giữ chức Bí thư Tỉnh ủy Nghệ An. Chức vụ này sẽ được giao cho ông Trần Văn Bình.")).toEqual(["dismissal: Nguyễn Văn An | Bí thư Tỉnh ủy Nghệ An"]);
  });

  it.each([
    // A procedure, not an event: no one is named.
    ["Thủ tướng chỉ thị thực hiện nghiêm quy trình bầu, miễn nhiệm, bãi nhiệm Chủ tịch, Phó Chủ tịch Ủy ban nhân dân các cấp."],
    // A plan.
    ["Ông Lê Văn Thành sẽ được bổ nhiệm làm Giám đốc Sở Y tế."],
    // Only proposed.
    ["Bộ Chính trị giới thiệu ông Trần Thanh Mẫn để hiệp thương giữ chức Chủ tịch Ủy ban Trung ương MTTQ Việt Nam."],
    // Only proposed, before the event word.
    ["Chủ tịch UBND tỉnh đề nghị bổ nhiệm ông Nguyễn Văn An giữ chức Giám đốc Sở Y tế."],
    ["Sở Nội vụ dự kiến bổ nhiệm các ông: Nguyễn Văn An giữ chức Giám đốc Sở Y tế; Trần Văn Bình giữ chức Giám đốc Sở Tài chính."],
    // A colon that opens no list of people.
    ["Quyết định nêu rõ: Ông Nguyễn Văn An giữ chức Giám đốc Sở Y tế."],
    // A later step told bare: a plan, a pronoun that may stand for two people, an election to a post of its own.
    ["Ông Nguyễn Văn An, Giám đốc Sở Y tế. Ông sẽ nghỉ hưu từ ngày 1/7."],
    ["Ông Nguyễn Văn An, Giám đốc Sở Y tế, gặp ông Trần Văn Bình. Ông từ trần năm 2016."],
    ["Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, ứng cử tại đơn vị số 1. Ông trúng cử với 75% số phiếu."],
    ["Ông Nguyễn Văn An, Giám đốc Sở Y tế. Ông chưa nghỉ hưu."],
    // Did not happen.
    ["Ông Trần Văn Sơn chưa được bổ nhiệm làm Thứ trưởng Bộ Tài chính."],
    ["Ông Trần Văn Sơn không được bầu làm Chủ tịch HĐND tỉnh."],
    // A plan told after the titles.
    ["Thủ tướng Nhật Bản Shinzo Abe sẽ từ chức vào tháng 9."],
    // The one who decides is not appointed.
    ["Chủ tịch UBND tỉnh Nguyễn Văn A đã ký quyết định bổ nhiệm Giám đốc Sở Y tế."],
  ])("no event: %s", (text) => {
    expect(events(text)).toEqual([]);
  });

  it("every event has its holds relation, with the status it implies", () => {
    const g = extract("Ông Trần Văn Tâm, Giám đốc Sở Tài chính, đã nghỉ hưu.", { referenceDate: "2017-06-01" });
    expect(g.events).toHaveLength(1);
    const r = g.relations.find((x) => x.type === "holds" && x.from === g.events[0]!.person && x.to === g.events[0]!.position);
    expect(r?.status).toBe("former");
  });
});
