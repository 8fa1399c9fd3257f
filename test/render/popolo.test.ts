import { describe, expect, it } from "vitest";
import { z } from "zod";
import { extract, toPopolo } from "../../src/index";
import { GraphBuilder, officeholders } from "./fixtures";

// The Popolo JSON shapes (popoloproject.com/schemas: person, organization, post, membership,
// event), written out here because no validator for them is published on npm. Popolo allows
// fields of one's own, so the objects are loose.
const popoloDate = z.string().regex(/^[0-9]{4}(-[0-9]{2}){0,2}$/);
const OtherName = z.looseObject({ name: z.string().min(1), note: z.string().optional() });
const Popolo = z.looseObject({
  persons: z.array(z.looseObject({ id: z.string(), name: z.string().min(1), family_name: z.string().optional(), other_names: z.array(OtherName).optional() })),
  organizations: z.array(z.looseObject({ id: z.string(), name: z.string().min(1), classification: z.string().optional(), other_names: z.array(OtherName).optional() })),
  posts: z.array(z.looseObject({ id: z.string(), label: z.string().min(1), role: z.string().optional(), organization_id: z.string().optional(), other_label: z.array(z.string()).optional() })),
  memberships: z.array(
    z.looseObject({
      id: z.string(),
      person_id: z.string(),
      organization_id: z.string().optional(),
      post_id: z.string().optional(),
      role: z.string().optional(),
      label: z.string().optional(),
      start_date: popoloDate.optional(),
      end_date: popoloDate.optional(),
    }),
  ),
  events: z.array(z.looseObject({ id: z.string(), name: z.string().min(1), classification: z.string().optional(), start_date: popoloDate.optional(), organization_id: z.string().optional() })),
});

/** Validates the shape and that every *_id names an object of the document. */
function check(doc: unknown): z.infer<typeof Popolo> {
  const p = Popolo.parse(doc);
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const [persons, orgs, posts] = [ids(p.persons), ids(p.organizations), ids(p.posts)];
  for (const m of p.memberships) {
    expect(persons.has(m.person_id), m.person_id).toBe(true);
    if (m.organization_id) expect(orgs.has(m.organization_id), m.organization_id).toBe(true);
    if (m.post_id) expect(posts.has(m.post_id), m.post_id).toBe(true);
  }
  for (const post of p.posts) if (post.organization_id) expect(orgs.has(post.organization_id)).toBe(true);
  return p;
}

describe("toPopolo", () => {
  const graph = officeholders();
  const doc = check(toPopolo(graph));
  const span = (text: string) => ({ start: graph.text.indexOf(text), end: graph.text.indexOf(text) + text.length, text });

  it("has the persons, organizations (with their English names) and posts (with their role)", () => {
    expect(doc.persons.map((p) => [p.name, p.family_name])).toEqual([
      ["Đinh La Thăng", "Đinh"],
      ["Trương Thị Mai", "Trương"],
    ]);
    expect(doc.organizations.map((o) => [o.name, o.other_names])).toEqual([
      ["Bộ Chính trị", [{ name: "Politburo", note: "English" }]],
      ["Ban Tổ chức Trung ương", [{ name: "Central Organization Commission", note: "English" }]],
    ]);
    expect(doc.posts.map((p) => [p.label, p.role, p.organization_id])).toEqual([
      ["Ủy viên Bộ Chính trị", "Ủy viên", "org1"],
      ["Trưởng Ban Tổ chức Trung ương", "Trưởng", "org2"],
    ]);
  });

  it("has a membership per holds, with dates, and status, term and evidence as extra fields", () => {
    expect(doc.memberships).toEqual([
      {
        id: "mem1",
        person_id: "per1",
        post_id: "pos1",
        organization_id: "org1",
        role: "Ủy viên",
        label: "Ủy viên Bộ Chính trị",
        start_date: "2016-01",
        end_date: "2017-05-07",
        status: "former",
        term: "XII",
        evidence: [
          span("Đinh La Thăng, nguyên Ủy viên Bộ Chính trị khóa XII"),
          span("Bộ Chính trị cho ông Đinh La Thăng thôi giữ chức"),
        ],
      },
      {
        id: "mem2",
        person_id: "per2",
        post_id: "pos2",
        organization_id: "org2",
        role: "Trưởng",
        label: "Trưởng Ban Tổ chức Trung ương",
        start_date: "2021-04",
        status: "current",
        evidence: [span("Trương Thị Mai, Trưởng Ban Tổ chức Trung ương từ tháng 4/2021")],
      },
    ]);
  });

  it("has the personnel events", () => {
    expect(doc.events).toEqual([
      { id: "ev1", name: "dismissal: Đinh La Thăng — Ủy viên Bộ Chính trị", classification: "dismissal", start_date: "2017-05-07", organization_id: "org1", person_id: "per1", post_id: "pos1" },
    ]);
  });

  it.each([
    // [start, end, Popolo's start_date, end_date]: its dates are YYYY, YYYY-MM or YYYY-MM-DD
    ["2016-05-12T08:00", "2021", "2016-05-12", "2021"],
    ["2024-Q1", "2016/2021", "2024", "2021"],
    ["2024-W09", "sometime", undefined, undefined],
  ])("start %s, end %s → %s, %s", (start, end, startDate, endDate) => {
    const b = new GraphBuilder("Ông Nguyễn Văn A, Chủ tịch");
    b.holds(b.person("Nguyễn Văn A"), b.position("Chủ tịch", "Chủ tịch", undefined, undefined), ["Nguyễn Văn A, Chủ tịch"], { start, end });
    const [m] = check(toPopolo(b.build())).memberships;
    expect([m!.start_date, m!.end_date]).toEqual([startDate, endDate]);
  });

  it("writes a real extraction in the Popolo shape", () => {
    const g = extract("Ông Nguyễn Văn A, nguyên Bộ trưởng Bộ Công an, và Thủ tướng Chính phủ Phạm Minh Chính dự họp.");
    const p = check(toPopolo(g));
    expect(p.memberships.map((m) => [p.persons.find((x) => x.id === m.person_id)!.name, m.role]).sort()).toEqual([
      ["Nguyễn Văn A", "Bộ trưởng"],
      ["Phạm Minh Chính", "Thủ tướng"],
    ]);
  });
});
