import { currentSchoolYear, todayIso } from "@congdoan/core";
import type { PluginSeedContext } from "@congdoan/plugin-sdk";
import { districtOf } from "./context";
import { keys } from "./keys";
import {
  type CategoryCode,
  emptyTally,
  type Fund,
  type Nomination,
  type Programme,
  type Tally,
} from "./model";
import { expiryOf } from "./personal-data";
import { pseudonymOf } from "./privacy";
import type { Settings } from "./settings";
import { withAward, withNomination, withPayment } from "./tally";

/**
 * Demo data from article 004: LĐLĐ quận Thanh Xuân handed 55 scholarships to members' children
 * ("Con CNVCLĐ học giỏi, vượt khó") in 2022–2023, at its year-end conference on 12/9/2023. The
 * children are invented and the parents are not member records: personal data here is fiction.
 */
const GIVEN = [
  "An",
  "Bình",
  "Chi",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hiếu",
  "Khánh",
  "Lan",
  "Linh",
  "Minh",
  "Ngọc",
  "Phúc",
  "Quân",
  "Thảo",
  "Trang",
  "Tú",
  "Vy",
  "Yến",
];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi"];
const AMOUNT: Record<CategoryCode, number> = {
  "hoc-gioi": 1_000_000,
  "vuot-kho": 1_500_000,
  "hoc-gioi-vuot-kho": 2_000_000,
};

export async function seedScholarships({
  tenant,
  units,
  store,
  settings,
}: PluginSeedContext<Settings>): Promise<void> {
  if (tenant.id !== "ha-noi") return;
  const owner = "ldld-thanh-xuan";
  if (!(await units.get(owner))) return;
  const past: Programme = {
    id: "2022-2023-thanh-xuan",
    name: "Học bổng Con CNVCLĐ học giỏi, vượt khó năm học 2022–2023",
    schoolYear: "2022-2023",
    ownerUnitId: owner,
    status: "closed",
    closedOn: "2023-09-12",
    // Closed with the tenant's retention: by now its children's data reads as erased, as it should.
    personalDataExpiresAt: expiryOf(Date.parse("2023-09-12T00:00:00Z"), settings.retentionMonths),
    categories: [
      { code: "hoc-gioi", amount: AMOUNT["hoc-gioi"] },
      { code: "vuot-kho", amount: AMOUNT["vuot-kho"] },
      { code: "hoc-gioi-vuot-kho", amount: AMOUNT["hoc-gioi-vuot-kho"] },
    ],
    budget: 80_000_000,
    quotas: { perUnitDefault: 2, byUnit: {}, byDistrict: {} },
    eligibility: {
      minAge: 6,
      maxAge: 18,
      schoolLevels: ["tieu-hoc", "thcs", "thpt"],
      minAverage: 8,
      minHardshipLength: 30,
    },
    window: { opensOn: "2023-05-15", closesOn: "2023-06-30" },
    rubric: [
      { key: "ket-qua", label: "Kết quả học tập, thành tích", weight: 60, max: 10 },
      { key: "hoan-canh", label: "Hoàn cảnh gia đình", weight: 40, max: 10 },
    ],
    reviewersPerNomination: 2,
  };
  if (await store.get(keys.programme(past.id))) return;
  const fund: Fund = {
    id: "quy-xa-hoi-tx",
    programmeId: past.id,
    name: "Quỹ xã hội LĐLĐ quận Thanh Xuân",
    total: 80_000_000,
    committed: 0,
    paid: 0,
  };
  let tally: Tally = emptyTally(past);
  const schools = (await units.childrenOf(owner)).sort();
  const district = await districtOf(units, schools[0]!);
  for (let i = 0; i < 55; i++) {
    const unitId = schools[i % schools.length]!;
    const category: CategoryCode = i % 5 === 0 ? "hoc-gioi-vuot-kho" : i % 3 === 0 ? "vuot-kho" : "hoc-gioi";
    const level = i % 3 === 0 ? "tieu-hoc" : i % 3 === 1 ? "thcs" : "thpt";
    const n: Nomination = {
      id: `tx-${String(i + 1).padStart(3, "0")}`,
      programmeId: past.id,
      unitId,
      districtId: district,
      memberId: `demo-${i + 1}`,
      category,
      schoolLevel: level,
      pseudonym: pseudonymOf(i + 1),
      child: {
        fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]} ${GIVEN[i % GIVEN.length]}`,
        dateOfBirth: `${level === "tieu-hoc" ? 2013 : level === "thcs" ? 2010 : 2007}-${String((i % 12) + 1).padStart(2, "0")}-15`,
        school: "Trường trên địa bàn quận Thanh Xuân",
        grade: level === "tieu-hoc" ? "4" : level === "thcs" ? "8" : "11",
        schoolLevel: level,
        average: 8.5 + (i % 15) / 10,
        achievements: "Học sinh giỏi năm học 2022–2023",
        hardship: category === "hoc-gioi" ? "" : "Gia đình có hoàn cảnh khó khăn, bố hoặc mẹ đau ốm dài ngày",
      },
      parentName: `Đoàn viên ${unitId}`,
      evidenceKeys: [],
      eligibility: { eligible: true, reasons: [] },
      status: "paid",
      review: { assigned: [], totals: {}, completed: 0 },
      amount: AMOUNT[category],
      decision: { number: "68/QĐ-LĐLĐ", date: "2023-08-28", fundId: fund.id },
      payment: { paidOn: "2023-09-12", method: "tien-mat", receivedBy: "Ký nhận tại Hội nghị tổng kết" },
      nominatedBy: "seed",
    };
    tally = withPayment(withAward(withNomination(tally, unitId, 1), n, 1), n);
    fund.committed += n.amount;
    fund.paid += n.amount;
    await store.create(keys.nomination(past.id, n.id), "nomination", n, {
      gsi1: keys.nominationIndex(past.id, unitId, n.id),
    });
  }
  await store.create(keys.fund(past.id, fund.id), "fund", fund);
  await store.create(keys.tally(past.id), "tally", tally);
  await store.create(keys.sequence(past.id), "counter", {});

  // This school year's programme, open for nominations, copied from last year's.
  const year = currentSchoolYear();
  const start = new Date(`${todayIso()}T00:00:00Z`);
  const plus = (days: number) => new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const current: Programme = {
    ...past,
    id: `${year}-thanh-xuan`,
    name: `Học bổng Con CNVCLĐ học giỏi, vượt khó năm học ${year.replace("-", "–")}`,
    schoolYear: year,
    status: "open",
    window: { opensOn: plus(-14), closesOn: plus(45) },
    copiedFrom: past.id,
  };
  delete current.closedOn;
  delete current.personalDataExpiresAt;
  if (current.id === past.id) return;
  await store.create(keys.programme(current.id), "programme", current);
  await store.create(keys.tally(current.id), "tally", emptyTally(current));
  await store.create(keys.fund(current.id, fund.id), "fund", {
    ...fund,
    programmeId: current.id,
    committed: 0,
    paid: 0,
  });
  await store.create(keys.panel(current.id), "panel", {
    reviewers: [{ username: "thamdinh.thanhxuan", unitIds: [owner], joinedOn: todayIso() }],
  });
  // Written last: its presence is what makes the seed skip next time.
  await store.create(keys.programme(past.id), "programme", past);
}
