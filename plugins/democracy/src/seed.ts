import type { Unit } from "@congdoan/core";
import type { PluginSeedContext } from "@congdoan/plugin-sdk";
import { buildShards, defaultDeadline, defaultTitle } from "./campaign-scope";
import { rowFromConference } from "./compliance";
import { type Campaign, type Conference, keys } from "./model";
import { type Reminder, reminderKeys } from "./reminders";
import type { Settings } from "./settings";
import { loadYearShards } from "./summary";

/**
 * Demo data from article 004: in 2022–2023 Thanh Xuân's 46 public units held the officials'
 * conference and its 6 non-public ones the workers' conference (100%). Later years are partly
 * invented to give a trend; 2025–2026 is still under way, so some units have not held theirs yet.
 */
interface YearPlan {
  year: string;
  closed: boolean;
  /** Whether a unit (by its position among the tenant's CĐCS) has held its conference. */
  held(unit: Unit, index: number): boolean;
  late?(unit: Unit, index: number): boolean;
}

const plans: Record<string, YearPlan[]> = {
  "ha-noi": [
    { year: "2022-2023", closed: true, held: () => true },
    { year: "2023-2024", closed: true, held: () => true, late: (_u, i) => i % 17 === 3 },
    { year: "2024-2025", closed: true, held: (u, i) => !u.id.startsWith("px-") || i % 9 !== 4 },
    {
      year: "2025-2026",
      closed: false,
      held: (u, i) =>
        u.id.startsWith("tx-")
          ? u.id !== "tx-thcs-nhan-chinh"
          : u.id.startsWith("px-")
            ? i % 3 !== 0
            : i % 4 !== 1,
    },
  ],
  "dak-nong": [
    { year: "2024-2025", closed: true, held: () => true },
    { year: "2025-2026", closed: false, held: (_u, i) => i % 3 !== 2 },
  ],
};

function conferenceFor(
  unit: Unit,
  index: number,
  plan: YearPlan,
  campaign: Campaign,
  held: boolean,
): Conference {
  const start = Number(plan.year.slice(0, 4));
  const late = plan.late?.(unit, index) ?? false;
  const day = String(5 + (index % 24)).padStart(2, "0");
  const date = late ? `${start}-11-${day}` : `${start}-10-${day}`;
  const invited = Math.max(5, unit.memberCount);
  const present = invited - (index % 3);
  const conf: Conference = {
    year: plan.year,
    unitId: unit.id,
    unitName: unit.name,
    scopeUnitId: campaign.scopeUnitId,
    kind: unit.ownership === "non-public" ? "nld" : "cbccvc",
    status: held ? "closed" : "planned",
    preparation: {
      date: held ? date : `${start + 1}-05-20`,
      place: "Hội trường nhà trường",
      agenda: [
        "Báo cáo kết quả thực hiện nhiệm vụ năm học trước, phương hướng năm học mới",
        "Báo cáo công khai tài chính",
        "Thảo luận, sửa đổi các quy chế",
        "Thông qua nghị quyết hội nghị",
      ],
      format: invited > 90 ? "delegates" : "full",
      unionRole: "BCH công đoàn phối hợp tổ chức, tổng hợp ý kiến",
      headRole: "Hiệu trưởng chủ trì, báo cáo nhiệm vụ năm học",
      draftFiles: [],
    },
    documents: [],
    opinions: [],
    reopenings: [],
    followUps: {},
  };
  if (!held) return conf;
  conf.attendance = {
    invited,
    present,
    ...(invited > 90
      ? { delegates: invited, election: { from: daysBefore(date, 14), to: daysBefore(date, 7) } }
      : {}),
    absences: Array.from({ length: invited - present }, (_v, i) => ({
      name: `Vắng ${i + 1}`,
      reason: i === 0 ? "Nghỉ ốm" : "Đi công tác",
    })),
  };
  conf.documents = campaign.documents.map((d, i) => ({
    checklistId: d.id,
    title: d.title,
    action: i === 0 || (index + i) % 4 === 0 ? "revised" : "reviewed",
  }));
  conf.resolution = {
    summary: `Nghị quyết hội nghị năm học ${plan.year.replace("-", "–")}`,
    targets: [
      { id: "hai-tot", title: "Tỉ lệ giáo viên dạy giỏi cấp trường", target: "≥ 80%" },
      { id: "sang-kien", title: "Sáng kiến kinh nghiệm được công nhận", target: "≥ 5 sáng kiến" },
    ],
  };
  conf.opinions = [
    {
      topic: "Đề nghị bổ sung mức chi hỗ trợ giáo viên dạy thêm buổi",
      answer: "Đưa vào quy chế chi tiêu nội bộ sửa đổi",
    },
  ];
  conf.closedAt = `${date}T10:00:00.000Z`;
  conf.closedBy = "demo";
  return conf;
}

export async function seedDemo({
  tenant,
  units,
  store,
  settings,
}: PluginSeedContext<Settings>): Promise<void> {
  const all = await units.all();
  const root = all.find((u) => u.parentId === null);
  if (!root) return;
  const cdcs = all.filter((u) => u.kind === "cdcs" && u.status === "active");
  const inScope = new Set(all.map((u) => u.id));
  for (const plan of plans[tenant.id] ?? []) {
    if (await store.get(keys.campaign(plan.year, root.id))) continue;
    const campaign: Campaign = {
      year: plan.year,
      scopeUnitId: root.id,
      title: defaultTitle(plan.year),
      deadline: defaultDeadline(plan.year, settings.defaultDeadline),
      documents: settings.documentChecklist,
      status: plan.closed ? "closed" : "open",
      ...(plan.closed ? { closedAt: `${Number(plan.year.slice(5))}-08-31T00:00:00.000Z` } : {}),
    };
    const shards = buildShards(plan.year, root.id, all, inScope);
    for (const shard of shards) {
      for (const row of Object.values(shard.rows)) {
        const index = cdcs.findIndex((u) => u.id === row.unitId);
        const unit = cdcs[index]!;
        const held = plan.held(unit, index);
        // In the current year a few units have not even planned theirs.
        if (!held && !plan.closed && index % 2 === 0) continue;
        const conf = conferenceFor(unit, index, plan, campaign, held);
        await store.upsert(keys.conference(plan.year, unit.id), "conference", conf);
        shard.rows[row.unitId] = rowFromConference(conf, row, campaign, settings, row.districtId);
      }
      await store.upsert(keys.shard(plan.year, root.id, shard.shardId), "summary", shard);
    }
    await store.upsert(keys.campaign(plan.year, root.id), "campaign", campaign);
  }
  for (const plan of plans[tenant.id] ?? [])
    if (!plan.closed)
      await seedReminders(store, tenant.id, plan.year, defaultDeadline(plan.year, settings.defaultDeadline));
}

/**
 * The federation has already reminded a few schools of the open year (unseen), so an officer signing
 * in sees one; Nhân Chính (Thanh Xuân's last school) among them when it exists.
 */
async function seedReminders(
  store: PluginSeedContext<Settings>["store"],
  tenantId: string,
  year: string,
  deadline: string,
) {
  const rows = (await loadYearShards(store, year))
    .flatMap((s) => Object.values(s.data.rows))
    .filter((r) => r.required && r.status !== "held")
    .sort((a, b) => Number(b.unitId === "tx-thcs-nhan-chinh") - Number(a.unitId === "tx-thcs-nhan-chinh"))
    .slice(0, 3);
  for (const row of rows) {
    const address = reminderKeys.one(year, row.unitId);
    if (await store.get(address)) continue;
    const reminder: Reminder = {
      year,
      unitId: row.unitId,
      unitName: row.unitName,
      remindedAt: `${year.slice(0, 4)}-11-05T02:00:00.000Z`,
      remindedBy: `admin.${tenantId.replace(/-/g, "")}`,
      count: 1,
      deadline,
    };
    await store.upsert(address, "reminder", reminder);
  }
}

/** "2025-10-15", 7 → "2025-10-08". */
function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
