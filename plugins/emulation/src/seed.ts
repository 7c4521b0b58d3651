import type { Unit } from "@congdoan/core";
import type { ItemAddress, TenantStore } from "@congdoan/db";
import type { PluginSeedContext } from "@congdoan/plugin-sdk";
import { refreshAwards, refreshInitiatives, refreshRanking, refreshTargets } from "./boards";
import { markClusterYear } from "./cluster-years";
import { keys } from "./keys";
import type {
  AwardLine,
  Cluster,
  Criterion,
  Decision,
  Movement,
  Proposal,
  Registration,
  Result,
  Round,
} from "./model";
import { classify, totalScore } from "./scoring";
import { demoName } from "./seed-names";
import type { Settings } from "./settings";

/**
 * Demo data reproducing the articles' figures, written as the module's own records (movements,
 * registrations, accepted results, decisions, tallies) so the boards are computed, not typed.
 * Idempotent: every record is written only when missing; boards are recomputed at the end.
 */
type Ctx = PluginSeedContext<Settings>;
const AT = (date: string) => `${date}T09:00:00.000Z`;

async function ensure<T>(store: TenantStore, address: ItemAddress, type: string, data: T): Promise<boolean> {
  if (await store.get(address)) return false;
  await store.create(address, type, data);
  return true;
}

/** A demo cluster, and its year in the clusters page's list. */
async function seedCluster(store: TenantStore, year: string, id: string, cluster: Cluster): Promise<void> {
  await ensure(store, keys.cluster(year, id), "cluster", cluster);
  await markClusterYear(store, year);
}

const haiTot: Criterion[] = [
  {
    id: "day-tot",
    name: "Dạy tốt – Học tốt: chất lượng chuyên môn",
    weight: 3,
    maxScore: 10,
    measure: "score",
  },
  {
    id: "gvtdvn",
    name: "Nữ đoàn viên đạt “Giỏi việc trường, đảm việc nhà”",
    weight: 2,
    maxScore: 10,
    measure: "percentage",
  },
  {
    id: "sang-kien",
    name: "Sáng kiến kinh nghiệm được công nhận",
    weight: 2,
    maxScore: 10,
    measure: "count",
    fullAt: 10,
  },
  {
    id: "xanh-sach-dep",
    name: "Xanh – Sạch – Đẹp, đảm bảo an toàn vệ sinh lao động",
    weight: 1,
    maxScore: 10,
    measure: "yes-no",
  },
];

/** Registrations and accepted results for units, with figures chosen by `figures(unit, i)`. */
async function runMovement(
  ctx: Ctx,
  movement: Movement,
  year: string,
  units: Unit[],
  figures: (u: Unit, i: number) => Result["figures"],
  reviewer: string,
) {
  const { store, settings } = ctx;
  await ensure(store, keys.movement(movement.id), "movement", movement);
  for (const [i, u] of units.entries()) {
    const reg: Registration = {
      movementId: movement.id,
      unitId: u.id,
      titles: movement.titles.slice(0, 1),
      status: "registered",
      late: false,
      registeredAt: AT(`${year.slice(0, 4)}-10-01`),
      registeredBy: "demo",
    };
    await ensure(store, keys.registration(movement.id, u.id), "registration", reg);
    const f = figures(u, i);
    const score = totalScore(movement.criteria, f);
    const reviewedAt = AT(`${year.slice(5)}-06-15`);
    const result: Result = {
      movementId: movement.id,
      schoolYear: year,
      unitId: u.id,
      figures: f,
      status: "accepted",
      score,
      classification: classify(score, settings.thresholds),
      submittedAt: AT(`${year.slice(5)}-05-30`),
      review: { by: reviewer, at: reviewedAt },
      history: [{ at: reviewedAt, by: reviewer, action: "accept" }],
    };
    await ensure(store, keys.result(movement.id, year, u.id), "result", result);
  }
  const round: Round = {
    movementId: movement.id,
    schoolYear: year,
    status: "closed",
    events: [{ at: AT(`${year.slice(5)}-07-01`), by: reviewer, action: "close" }],
  };
  await ensure(store, keys.round(movement.id, year), "round", round);
}

async function decision(store: TenantStore, d: Decision) {
  await ensure(store, keys.decision(d.id), "decision", d);
}

const collectives = (form: AwardLine["form"], units: Unit[]): AwardLine[] =>
  units.map((u) => ({ form, recipient: "collective", unitId: u.id }));
const individuals = (
  form: AwardLine["form"],
  units: Unit[],
  n: number,
  from: number,
  women = false,
  title?: string,
): AwardLine[] =>
  Array.from({ length: n }, (_, i) => ({
    form,
    recipient: "individual",
    unitId: units[i % units.length]!.id,
    fullName: demoName(from + i, women || undefined),
    ...(title ? { title } : {}),
  }));

async function seedHaNoi(ctx: Ctx, all: Unit[]) {
  const { store } = ctx;
  const tx = all.filter((u) => u.parentId === "ldld-thanh-xuan" && u.kind === "cdcs");
  const px = all.filter((u) => u.parentId === "ldld-phu-xuyen" && u.kind === "cdcs");
  const hn = all.filter((u) => u.parentId === "cdn-gd-ha-noi" && u.kind === "cdcs");

  // Thanh Xuân 2022–2023: 52 CĐCS in three clusters, ranked on accepted results.
  const txYear = "2022-2023";
  const txMovement: Movement = {
    id: "thanh-xuan-hai-tot-2022-2023",
    name: "Thi đua “Dạy tốt – Học tốt” khối trường học quận Thanh Xuân",
    kind: "phong-trao",
    period: txYear,
    schoolYears: [txYear],
    ownerUnitId: "ldld-thanh-xuan",
    audience: { unitKinds: ["cdcs"], people: "women-members" },
    criteria: haiTot,
    targets: [
      {
        id: "gvtdvn-95",
        name: "Trên 95% nữ đoàn viên đạt “Giỏi việc trường, đảm việc nhà”",
        comparison: ">",
        planned: 95,
        unit: "percent",
        criterionId: "gvtdvn",
        history: [],
      },
    ],
    titles: ["Tập thể lao động xuất sắc", "CĐCS hoàn thành xuất sắc nhiệm vụ"],
    registrationDeadline: "2022-10-15",
  };
  const groups: [string, string, (u: Unit) => boolean][] = [
    ["cum-mam-non", "Cụm thi đua số 1 – Mầm non", (u) => u.schoolLevel === "mam-non"],
    ["cum-tieu-hoc", "Cụm thi đua số 2 – Tiểu học", (u) => u.schoolLevel === "tieu-hoc"],
    [
      "cum-thcs",
      "Cụm thi đua số 3 – THCS và khác",
      (u) => u.schoolLevel !== "mam-non" && u.schoolLevel !== "tieu-hoc",
    ],
  ];
  for (const [id, name, pick] of groups) {
    const cluster: Cluster = { id, schoolYear: txYear, name, unitIds: tx.filter(pick).map((u) => u.id) };
    await seedCluster(store, txYear, id, cluster);
  }
  await runMovement(
    ctx,
    txMovement,
    txYear,
    tx,
    (u, i) => ({
      "day-tot": { value: 7 + ((i * 7) % 4) * 0.75 },
      gvtdvn: {
        value: Math.round((u.womenMemberCount ?? 0) * (0.9 + ((i * 3) % 10) / 100)),
        base: u.womenMemberCount ?? 0,
      },
      "sang-kien": { value: 4 + ((i * 5) % 8) },
      "xanh-sach-dep": { value: i % 9 === 4 ? 0 : 1 },
    }),
    "demo-ldld-thanh-xuan",
  );
  // LĐLĐ quận Thanh Xuân rewards 50 CĐCS and 48 individuals (article 004).
  await decision(store, {
    id: "2023-09-12-khen-thuong-thanh-xuan",
    number: "45/QĐ-LĐLĐ",
    date: "2023-09-12",
    signer: "Nguyễn Thị Kim Thanh",
    level: "ldld-huyen",
    schoolYear: txYear,
    movementId: txMovement.id,
    issuedByUnitId: "ldld-thanh-xuan",
    lines: [...collectives("giay-khen", tx.slice(0, 50)), ...individuals("giay-khen", tx, 48, 1)],
  });

  // A proposal on its way up: THCS Nhân Chính asks for a Bằng khen of the city; the district
  // forwarded it with its comment and one more school; it waits at LĐLĐ thành phố.
  const nhanChinh = tx.find((u) => u.id === "tx-thcs-nhan-chinh") ?? tx[0];
  const second = tx.find((u) => u.id !== nhanChinh?.id);
  if (nhanChinh && second) {
    const proposal: Proposal = {
      id: "dn-demo-nhan-chinh-2022-2023",
      schoolYear: txYear,
      proposedByUnitId: nhanChinh.id,
      toLevel: "ldld-tinh",
      movementId: txMovement.id,
      reason: "Hai năm học liền dẫn đầu cụm thi đua THCS của quận",
      lines: [{ form: "bang-khen", recipient: "collective", unitId: nhanChinh.id }],
      status: "submitted",
      proposedBy: "demo-cdcs",
      holderUnitId: "ha-noi",
      trail: [
        {
          action: "submitted",
          unitId: nhanChinh.id,
          toUnitId: "ldld-thanh-xuan",
          by: "demo-cdcs",
          at: AT("2023-06-05"),
          toLevel: "ldld-tinh",
        },
        {
          action: "forwarded",
          unitId: "ldld-thanh-xuan",
          toUnitId: "ha-noi",
          by: "demo-ldld-thanh-xuan",
          at: AT("2023-06-12"),
          comment: "LĐLĐ quận nhất trí, đề nghị LĐLĐ Thành phố tặng Bằng khen; bổ sung một trường",
          toLevel: "ldld-tinh",
          addedLines: 1,
        },
      ],
    };
    proposal.lines.push({ form: "bang-khen", recipient: "collective", unitId: second.id });
    await ensure(store, keys.proposal(proposal.id), "proposal", proposal);
  }

  // Phú Xuyên 2019–2020: the named exemplary schools lead; 403 recognised initiatives (article 001).
  const pxYear = "2019-2020";
  const exemplary = [
    "px-thcs-tran-phu",
    "px-thcs-hong-minh",
    "px-tieu-hoc-thi-tran-phu-xuyen",
    "px-tieu-hoc-khai-thai",
    "px-mam-non-thi-tran-phu-xuyen",
  ];
  const pxOrdered = [...px].sort(
    (a, b) => (exemplary.indexOf(a.id) + 1 || 99) - (exemplary.indexOf(b.id) + 1 || 99),
  );
  const pxMovement: Movement = {
    ...txMovement,
    id: "phu-xuyen-hai-tot-2019-2020",
    name: "Thi đua “Dạy tốt – Học tốt” huyện Phú Xuyên",
    period: pxYear,
    schoolYears: [pxYear],
    ownerUnitId: "ldld-phu-xuyen",
    targets: [],
    registrationDeadline: "2019-10-15",
  };
  await seedCluster(store, pxYear, "cum-phu-xuyen", {
    id: "cum-phu-xuyen",
    schoolYear: pxYear,
    name: "Cụm thi đua khối trường học huyện Phú Xuyên",
    unitIds: px.map((u) => u.id),
  } satisfies Cluster);
  await runMovement(
    ctx,
    pxMovement,
    pxYear,
    pxOrdered,
    (u, i) => ({
      "day-tot": { value: 9.8 - i * 0.4 },
      gvtdvn: {
        value: Math.round((u.womenMemberCount ?? 0) * (0.98 - i * 0.02)),
        base: u.womenMemberCount ?? 0,
      },
      "sang-kien": { value: 10 - i },
      "xanh-sach-dep": { value: 1 },
    }),
    "demo-ldld-phu-xuyen",
  );
  const recognised = distribute(403, px.length);
  for (const [i, u] of px.entries()) {
    const r = recognised[i]!;
    await ensure(store, keys.tally(pxYear, u.id), "initiative-tally", {
      period: pxYear,
      unitId: u.id,
      submitted: r + 3 + (i % 4),
      recognised: r,
      note: "Số nộp là dữ liệu minh hoạ; số công nhận theo báo cáo (403).",
    });
  }

  // Hà Nội 2017–2021: 90.186 of 106.312 accepted; Bằng khen of LĐLĐ Thành phố to 10 collectives and 5 individuals (article 000).
  await ensure(store, keys.tally("2017-2021", "ha-noi"), "initiative-tally", {
    period: "2017-2021",
    unitId: "ha-noi",
    submitted: 106312,
    recognised: 90186,
    note: "Chương trình phối hợp số 05/CTPH-LĐLĐ-GDĐT giai đoạn 2017–2021",
  });
  const awardees = [...hn, ...px.slice(0, 2), ...tx.slice(0, 2)].slice(0, 10);
  await decision(store, {
    id: "2022-01-14-bang-khen-ldld-tp",
    number: "12/QĐ-LĐLĐ",
    date: "2022-01-14",
    signer: "Nguyễn Phi Thường",
    level: "ldld-tinh",
    schoolYear: "2021-2022",
    issuedByUnitId: "ha-noi",
    lines: [...collectives("bang-khen", awardees), ...individuals("bang-khen", awardees, 5, 200)],
  });
  return [
    { movement: txMovement, year: txYear },
    { movement: pxMovement, year: pxYear },
  ];
}

async function seedDakNong(ctx: Ctx, all: Unit[]) {
  const { store } = ctx;
  const dn = all.filter((u) => u.parentId === "cdn-gd-dak-nong" && u.kind === "cdcs");
  const year = "2019-2020";
  // "Giỏi việc trường, đảm việc nhà": 87% of women members vs a > 95% target (article 002).
  const women = dn.map((u) => u.womenMemberCount ?? 0);
  const achievers = distributeProportional(Math.round(women.reduce((a, b) => a + b, 0) * 0.87), women);
  const gvtdvn: Movement = {
    id: "gvtdvn-dak-nong-2019-2020",
    name: "Giỏi việc trường, đảm việc nhà",
    kind: "phong-trao",
    period: year,
    schoolYears: [year],
    ownerUnitId: "cdn-gd-dak-nong",
    audience: { unitKinds: ["cdcs"], people: "women-members" },
    criteria: [
      {
        id: "dat-danh-hieu",
        name: "Nữ đoàn viên đạt danh hiệu cấp cơ sở",
        weight: 1,
        maxScore: 10,
        measure: "percentage",
      },
    ],
    targets: [
      {
        id: "tren-95",
        name: "Trên 95% nữ đoàn viên đạt danh hiệu “Giỏi việc trường, đảm việc nhà” cấp cơ sở",
        comparison: ">",
        planned: 95,
        unit: "percent",
        criterionId: "dat-danh-hieu",
        history: [],
      },
    ],
    titles: ["Giỏi việc trường, đảm việc nhà"],
    registrationDeadline: "2019-10-15",
  };
  await seedCluster(store, year, "cum-thpt", {
    id: "cum-thpt",
    schoolYear: year,
    name: "Cụm thi đua các trường THPT và trực thuộc",
    unitIds: dn.map((u) => u.id),
  } satisfies Cluster);
  await runMovement(
    ctx,
    gvtdvn,
    year,
    dn,
    (u, i) => ({ "dat-danh-hieu": { value: achievers[i]!, base: u.womenMemberCount ?? 0 } }),
    "demo-cdn-gd-dak-nong",
  );

  // Mid-term review of the Congress IV resolution (2018–2023).
  const resolution: Movement = {
    id: "nghi-quyet-dai-hoi-iv-2018-2023",
    name: "Nghị quyết Đại hội IV Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông",
    kind: "nghi-quyet",
    period: "2018-2023",
    schoolYears: ["2018-2019", "2019-2020", "2020-2021", "2021-2022", "2022-2023"],
    ownerUnitId: "cdn-gd-dak-nong",
    audience: { unitKinds: ["cdcs"], people: "units" },
    criteria: [],
    titles: [],
    targets: [
      {
        id: "can-bo-tap-huan",
        name: "Cán bộ CĐCS được bồi dưỡng, tập huấn nghiệp vụ công đoàn",
        comparison: ">=",
        planned: 100,
        unit: "percent",
        achieved: { value: 94, asOf: "2020-09-30", by: "demo-cdn-gd-dak-nong" },
        history: [],
      },
      {
        id: "cdcs-xep-loai",
        name: "Hằng năm, trên 95% CĐCS được xếp loại “CĐCS hoàn thành tốt nhiệm vụ”",
        comparison: ">",
        planned: 95,
        unit: "percent",
        history: [
          {
            at: AT("2020-10-06"),
            by: "demo-cdn-gd-dak-nong",
            name: "Hằng năm, trên 95% CĐCS được xếp loại “CĐCS vững mạnh”",
            comparison: ">",
            planned: 95,
            reason: "Phù hợp với Hướng dẫn đánh giá xếp loại mới của LĐLĐ tỉnh",
          },
        ],
      },
    ],
  };
  await ensure(store, keys.movement(resolution.id), "movement", resolution);

  // Awards announced at the year-end conference on 06/10/2020.
  const base = { date: "2020-10-06", schoolYear: year, issuedByUnitId: "dak-nong" };
  await decision(store, {
    ...base,
    id: "2020-10-06-bang-khen-cdgd-vn",
    number: "1520/QĐ-CĐN",
    signer: "Công đoàn Giáo dục Việt Nam",
    level: "cdgd-vn",
    lines: [...collectives("bang-khen", dn.slice(0, 1)), ...individuals("bang-khen", dn, 6, 300)],
  });
  await decision(store, {
    ...base,
    id: "2020-10-06-bang-khen-ldld-tinh",
    number: "268/QĐ-LĐLĐ",
    signer: "Đinh Trọng Nhương",
    level: "ldld-tinh",
    lines: [...collectives("bang-khen", dn.slice(1, 3)), ...individuals("bang-khen", dn, 10, 310)],
  });
  await decision(store, {
    ...base,
    id: "2020-10-06-giay-khen-cdn",
    number: "35/QĐ-CĐN",
    signer: "Phan Thanh Thái",
    level: "cdn-gd",
    issuedByUnitId: "cdn-gd-dak-nong",
    lines: [...collectives("giay-khen", dn.slice(0, 9)), ...individuals("giay-khen", dn, 189, 400)],
  });
  await decision(store, {
    ...base,
    id: "2020-10-06-gvtdvn-cdn",
    number: "36/QĐ-CĐN",
    signer: "Phan Thanh Thái",
    level: "cdn-gd",
    issuedByUnitId: "cdn-gd-dak-nong",
    movementId: gvtdvn.id,
    lines: individuals("danh-hieu", dn, 75, 600, true, "Giỏi việc trường, đảm việc nhà"),
  });
  return [{ movement: gvtdvn, year }];
}

/** n split into k parts differing by at most one. */
function distribute(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** `total` split in proportion to `weights`, each part ≤ its weight, summing exactly to `total`. */
function distributeProportional(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const parts = weights.map((w) => Math.floor((w * total) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length) {
    if (parts[i]! < weights[i]!) {
      parts[i]!++;
      rest--;
    }
  }
  return parts;
}

export async function seedEmulation(ctx: Ctx): Promise<void> {
  const all = await ctx.units.all();
  const ran =
    ctx.tenant.id === "ha-noi"
      ? await seedHaNoi(ctx, all)
      : ctx.tenant.id === "dak-nong"
        ? await seedDakNong(ctx, all)
        : [];
  if (ran.length === 0) return;
  for (const { movement, year } of ran)
    await refreshRanking(ctx.store, ctx.units, movement, year, ctx.settings.thresholds);
  await refreshTargets(ctx.store, ctx.units);
  await refreshAwards(ctx.store);
  for (const period of ["2017-2021", "2019-2020", "2022-2023"])
    await refreshInitiatives(ctx.store, ctx.units, period);
}
