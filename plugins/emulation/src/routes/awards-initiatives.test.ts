import { beforeAll, describe, expect, it } from "vitest";
import { board, movementBody, setup, TITLES } from "../test-helpers";

type S = Awaited<ReturnType<typeof setup>>;
let s: S;

beforeAll(async () => {
  s = await setup();
  await s.call("POST", "/movements", s.users.admin, movementBody({ targets: [] }));
  await s.call("POST", "/movements/hai-tot-2019-2020/registrations", s.users.officerA, {
    unitId: "cdcs-a",
    titles: TITLES,
  });
});

const decision = (over: Record<string, unknown> = {}) => ({
  number: "125/QĐ-CĐN",
  date: "2020-10-06",
  signer: "Phan Thanh Thái",
  level: "cdn-gd",
  schoolYear: "2019-2020",
  issuedByUnitId: "ha-noi",
  lines: [
    { form: "giay-khen", recipient: "collective", unitId: "cdcs-a" },
    { form: "giay-khen", recipient: "individual", unitId: "cdcs-a", fullName: "Nguyễn Thị Hoa" },
    {
      form: "danh-hieu",
      title: "Giỏi việc trường, đảm việc nhà",
      recipient: "individual",
      unitId: "cdcs-b",
      fullName: "Trần Thị Lan",
    },
  ],
  ...over,
});

describe("awards", () => {
  it("issues a decision and counts it per level and form on the public board, without names", async () => {
    const { call, users, h } = s;
    expect((await call("POST", "/decisions", users.officerA, decision())).status).toBe(403);
    expect((await call("POST", "/decisions", {}, decision())).status).toBe(401);
    const res = await call("POST", "/decisions", users.admin, decision());
    expect(res.status).toBe(201);
    const dup = await call("POST", "/decisions", users.admin, decision());
    expect(dup.status).toBe(409);
    expect(dup.data.error.message).toContain("125/QĐ-CĐN");
    const awards = await board(h, "awards");
    expect(awards.rows).toEqual([
      {
        schoolYear: "2019–2020",
        level: { vi: "Công đoàn ngành Giáo dục", en: "Education-sector union" },
        form: {
          vi: "Danh hiệu “Giỏi việc trường, đảm việc nhà”",
          en: "Title “Giỏi việc trường, đảm việc nhà”",
        },
        collective: 0,
        individual: 1,
      },
      {
        schoolYear: "2019–2020",
        level: { vi: "Công đoàn ngành Giáo dục", en: "Education-sector union" },
        form: { vi: "Giấy khen", en: "Certificate of commendation" },
        collective: 1,
        individual: 1,
      },
    ]);
    expect(JSON.stringify(awards)).not.toContain("Nguyễn Thị Hoa");
  });

  it("validates lines: a title needs its name, an individual a name", async () => {
    const { call, users } = s;
    const bad = await call(
      "POST",
      "/decisions",
      users.admin,
      decision({ number: "1/QĐ", lines: [{ form: "danh-hieu", recipient: "individual", unitId: "cdcs-a" }] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.data.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      "lines.0.fullName",
      "lines.0.title",
    ]);
    const unknown = await call(
      "POST",
      "/decisions",
      users.admin,
      decision({
        number: "2/QĐ",
        lines: [{ form: "bang-khen", recipient: "collective", unitId: "khong-co" }],
      }),
    );
    expect(unknown.status).toBe(400);
  });

  it("refuses a unit that did not register for the movement the decision rewards", async () => {
    const { call, users } = s;
    const res = await call(
      "POST",
      "/decisions",
      users.admin,
      decision({
        number: "3/QĐ",
        movementId: "hai-tot-2019-2020",
        lines: [{ form: "bang-khen", recipient: "collective", unitId: "cdcs-b" }],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.data.error.message).toContain("chưa đăng ký");
    const ok = await call(
      "POST",
      "/decisions",
      users.admin,
      decision({
        number: "4/QĐ",
        movementId: "hai-tot-2019-2020",
        lines: [{ form: "bang-khen", recipient: "collective", unitId: "cdcs-a" }],
      }),
    );
    expect(ok.status).toBe(201);
  });

  it("prints the list of awardees and hides names from readers who cannot award", async () => {
    const { h, users, call } = s;
    const list = await call("GET", "/decisions", users.memberA);
    const id = list.data.items.find((d: { number: string }) => d.number === "125/QĐ-CĐN").id;
    const printed = await h.request(`/decisions/${id}/print`, { headers: users.admin });
    expect(printed.headers.get("content-type")).toContain("text/html");
    const html = await printed.text();
    expect(html).toContain("Nguyễn Thị Hoa");
    expect(html).toContain("06/10/2020");
    const asMember = await call("GET", `/decisions/${id}`, users.memberA);
    expect(JSON.stringify(asMember.data)).not.toContain("Nguyễn Thị Hoa");
  });
});

describe("award proposals", () => {
  it("a unit proposes, the level above accepts, a decision grants it once", async () => {
    const { call, users, h } = s;
    const body = {
      schoolYear: "2019-2020",
      proposedByUnitId: "cdcs-a",
      toLevel: "ldld-tinh",
      movementId: "hai-tot-2019-2020",
      lines: [
        { form: "bang-khen", recipient: "collective", unitId: "cdcs-a" },
        { form: "bang-khen", recipient: "individual", unitId: "cdcs-a", fullName: "Phạm Thu Hà" },
      ],
    };
    expect((await call("POST", "/proposals", users.officerB, body)).status).toBe(403);
    expect((await call("POST", "/proposals", users.memberA, body)).status).toBe(403);
    const notRegistered = await call("POST", "/proposals", users.officerB, {
      ...body,
      proposedByUnitId: "cdcs-b",
      lines: [{ form: "bang-khen", recipient: "collective", unitId: "cdcs-b" }],
    });
    expect(notRegistered.status).toBe(400);
    expect(notRegistered.data.error.message).toContain("chưa đăng ký");
    const proposed = await call("POST", "/proposals", users.officerA, body);
    expect(proposed.status).toBe(201);
    const path = `/proposals/${proposed.data.id}`;
    const early = await call(
      "POST",
      "/decisions",
      users.admin,
      decision({ number: "9/QĐ", level: "ldld-tinh", proposalIds: [proposed.data.id], lines: [] }),
    );
    expect(early.status).toBe(409);
    expect(
      (await call("POST", `${path}/decide`, users.reviewerB, { expectedVersion: 1, approve: true })).status,
    ).toBe(403);
    expect(
      (await call("POST", `${path}/decide`, users.reviewer, { expectedVersion: 1, approve: true })).data
        .status,
    ).toBe("accepted");
    const granted = await call(
      "POST",
      "/decisions",
      users.admin,
      decision({ number: "10/QĐ", level: "ldld-tinh", proposalIds: [proposed.data.id], lines: [] }),
    );
    expect(granted.status).toBe(201);
    expect(granted.data.lines).toHaveLength(2);
    const stored = await h.store.get<{ status: string; decisionId: string }>({
      pk: ["PROP"],
      sk: ["P", proposed.data.id],
    });
    expect(stored?.data).toMatchObject({ status: "decided", decisionId: granted.data.id });
    expect(
      (
        await call(
          "POST",
          "/decisions",
          users.admin,
          decision({ number: "11/QĐ", proposalIds: [proposed.data.id], lines: [] }),
        )
      ).status,
    ).toBe(409);
  });
});

describe("teaching initiatives", () => {
  let id = "";
  it("a member submits, the unit forwards, graders without conflict of interest grade, the level recognises", async () => {
    const { call, users, h } = s;
    const sub = await call("POST", "/initiatives", users.memberA, {
      schoolYear: "2019-2020",
      unitId: "cdcs-a",
      title: "Dạy học tích hợp kỹ năng sống lớp 5",
      field: "Tiểu học",
      authorName: "Lê Thị Mai",
    });
    expect(sub.status).toBe(201);
    id = sub.data.id;
    expect(
      (
        await call("POST", "/initiatives", users.memberA, {
          schoolYear: "2019-2020",
          unitId: "cdcs-b",
          title: "Không phải đơn vị mình",
          field: "x1",
          authorName: "A B",
        })
      ).status,
    ).toBe(403);
    const path = `/initiatives/2019-2020/${id}`;
    expect(
      (await call("POST", `${path}/grade`, users.reviewer, { expectedVersion: 1, score: 9 })).status,
    ).toBe(409);
    expect((await call("POST", `${path}/forward`, users.officerB, { expectedVersion: 1 })).status).toBe(403);
    expect((await call("POST", `${path}/forward`, users.officerA, { expectedVersion: 1 })).status).toBe(200);
    const officerAndReviewer = await h.headersFor([
      { role: "cdcs-officer", unitId: "cdcs-a" },
      { role: "reviewer", unitId: "ha-noi" },
    ]);
    const conflict = await call("POST", `${path}/grade`, officerAndReviewer, {
      expectedVersion: 2,
      score: 10,
    });
    expect(conflict.status).toBe(400);
    expect(conflict.data.error.message).toContain("xung đột lợi ích");
    expect(
      (await call("POST", `${path}/grade`, users.reviewer, { expectedVersion: 2, score: 9 })).status,
    ).toBe(200);
    expect(
      (await call("POST", `${path}/grade`, users.reviewer, { expectedVersion: 3, score: 9 })).status,
    ).toBe(409);
    const early = await call("POST", `${path}/recognise`, users.reviewer, { expectedVersion: 3 });
    expect(early.data.error.message).toContain("ít nhất 2");
    await call("POST", `${path}/grade`, users.reviewer2, { expectedVersion: 3, score: 8 });
    const rec = await call("POST", `${path}/recognise`, users.reviewer, { expectedVersion: 4 });
    expect(rec.data).toMatchObject({ status: "recognised", recognition: { grade: "A", average: 8.5 } });
    const asMember = await call("GET", "/initiatives?schoolYear=2019-2020", users.memberA);
    expect(asMember.data.items[0].authorName).toBe("(ẩn)");
  });

  it("adds reported tallies and shows submitted / recognised per period and district", async () => {
    const { call, users, h } = s;
    const bad = await call("POST", "/initiative-tallies", users.reviewer, {
      period: "2017-2021",
      unitId: "ha-noi",
      submitted: 10,
      recognised: 11,
    });
    expect(bad.status).toBe(400);
    expect(
      (
        await call("POST", "/initiative-tallies", users.officerA, {
          period: "2017-2021",
          unitId: "cdcs-a",
          submitted: 1,
          recognised: 1,
        })
      ).status,
    ).toBe(403);
    const ok = await call("POST", "/initiative-tallies", users.reviewer, {
      period: "Giai đoạn 2017 – 2021",
      unitId: "ha-noi",
      submitted: 106312,
      recognised: 90186,
    });
    expect(ok.data.period).toBe("2017-2021");
    const rows = (await board(h, "initiatives")).rows;
    expect(rows).toContainEqual(
      expect.objectContaining({ period: "2017–2021", submitted: 106312, recognised: 90186 }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ period: "2019–2020", district: "CĐCS cdcs-a", submitted: 1, recognised: 1 }),
    );
    expect(JSON.stringify(rows)).not.toContain("Lê Thị Mai");
  });
});

describe("exports", () => {
  it("gives CSV with Vietnamese headers and numbers, and neutralises formulas", async () => {
    const { h, users } = s;
    const res = await h.request("/exports/initiatives.csv", { headers: users.reviewer });
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toBe('Năm học / giai đoạn,"Quận, huyện / ngành",Đăng ký,Được công nhận');
    expect(text).toContain("2017–2021,LĐLĐ ha-noi,106.312,90.186");
    const results = await h.request(
      "/exports/results.csv?movementId=hai-tot-2019-2020&schoolYear=2019-2020",
      { headers: users.officerA },
    );
    expect(results.status).toBe(200);
    expect((await h.request("/exports/awards.csv")).status).toBe(401);
  });
});

describe("the module switched off", () => {
  it("hides routes and boards, and keeps the data", async () => {
    const { h, call, users } = s;
    await h.setEnabled(false);
    expect((await call("GET", "/decisions", users.admin)).status).toBe(404);
    expect((await h.publicRequest("/scoreboards/awards")).status).toBe(404);
    await h.setEnabled(true);
    expect((await call("GET", "/decisions", users.admin)).data.items.length).toBe(3);
  });
});
