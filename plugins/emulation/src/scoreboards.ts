import { formatNumber, formatPercent, formatSchoolYear } from "@congdoan/core";
import type { PluginContext, ScoreboardLoader } from "@congdoan/plugin-sdk";
import type { AwardRow, InitiativeRow, RankingBoard, TargetRow } from "./boards";
import { keys } from "./keys";
import { awardForms, awardLevels } from "./labels";
import { classificationLabels } from "./scoring";
import type { Settings } from "./settings";

/**
 * Public boards: aggregates only (units, counts, percentages), never a person's name. Each load is
 * one or two reads of items the writes keep current (see boards.ts).
 */
const col = (key: string, vi: string, en: string) => ({ key, label: { vi, en } });
const period = (p: string) => formatSchoolYear(p) || p.replace("-", "–");
function formLabel(form: string, title: string) {
  const f = awardForms[form as keyof typeof awardForms];
  if (!f) return form;
  return title ? { vi: `${f.vi} “${title}”`, en: `${f.en} “${title}”` } : f;
}
const cmp: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤" };

async function clusterRanking({ store, settings }: PluginContext<Settings>) {
  const years = await store.get<{ years: string[] }>(keys.rankingYears);
  const year = settings.publicSchoolYear || years?.data.years.at(-1);
  if (!year) return { title: "", schoolYear: null, columns: [], rows: [] };
  const boards = await store.queryAll<RankingBoard>(keys.rankingBoards(year));
  const rows = boards.flatMap(({ data: b }) =>
    b.rows.map((r) => ({
      movement: b.movementName,
      cluster: b.clusterName,
      rank: r.rank,
      unit: r.unitName,
      score: r.score,
      classification:
        classificationLabels[r.classification as keyof typeof classificationLabels] ?? r.classification,
    })),
  );
  return {
    title: {
      vi: `Xếp hạng cụm thi đua năm học ${formatSchoolYear(year)}`,
      en: `Cluster rankings, school year ${formatSchoolYear(year)}`,
    },
    schoolYear: year,
    columns: [
      col("movement", "Phong trào", "Movement"),
      col("cluster", "Cụm thi đua", "Cluster"),
      col("rank", "Hạng", "Rank"),
      col("unit", "Đơn vị", "Unit"),
      col("score", "Điểm", "Score"),
      col("classification", "Xếp loại", "Classification"),
    ],
    rows,
  };
}

async function initiatives({ store }: PluginContext<Settings>) {
  const board = await store.get<{ rows: InitiativeRow[] }>(keys.initiativesBoard);
  const data = board?.data.rows ?? [];
  return {
    title: { vi: "Sáng kiến kinh nghiệm được công nhận", en: "Recognised teaching initiatives" },
    columns: [
      col("period", "Năm học / giai đoạn", "Year / period"),
      col("district", "Quận, huyện / ngành", "District / sector"),
      col("submitted", "Đăng ký", "Submitted"),
      col("recognised", "Được công nhận", "Recognised"),
      col("rate", "Tỉ lệ", "Rate"),
    ],
    rows: data.map((r) => ({
      period: period(r.period),
      district: r.district,
      submitted: r.submitted,
      recognised: r.recognised,
      rate: r.submitted
        ? {
            vi: formatPercent(r.recognised / r.submitted, 1),
            en: formatPercent(r.recognised / r.submitted, 1, { locale: "en" }),
          }
        : null,
    })),
    chart: data.map((r) => ({
      label: `${r.district} (${period(r.period)})`,
      submitted: r.submitted,
      recognised: r.recognised,
    })),
  };
}

async function awards({ store }: PluginContext<Settings>) {
  const board = await store.get<{ rows: AwardRow[] }>(keys.awardsBoard);
  const data = board?.data.rows ?? [];
  return {
    title: { vi: "Khen thưởng theo cấp và hình thức", en: "Awards per level and form" },
    columns: [
      col("schoolYear", "Năm học", "School year"),
      col("level", "Cấp khen", "Level"),
      col("form", "Hình thức", "Form"),
      col("collective", "Tập thể", "Collectives"),
      col("individual", "Cá nhân", "Individuals"),
    ],
    rows: data.map((r) => ({
      schoolYear: period(r.schoolYear),
      level: awardLevels[r.level as keyof typeof awardLevels] ?? r.level,
      form: formLabel(r.form, r.title),
      collective: r.collective,
      individual: r.individual,
    })),
  };
}

async function targets({ store }: PluginContext<Settings>) {
  const board = await store.get<{ rows: TargetRow[] }>(keys.targetsBoard);
  const data = board?.data.rows ?? [];
  const show = (n: number, unit: string, prefix = "") => {
    const one = (locale: "vi" | "en") =>
      `${prefix}${formatNumber(n, { locale, maxFractionDigits: 1 })}${unit === "percent" ? "%" : ""}`;
    return { vi: one("vi"), en: one("en") };
  };
  return {
    title: { vi: "Chỉ tiêu và kết quả thực hiện", en: "Targets vs results" },
    columns: [
      col("movement", "Phong trào / nghị quyết", "Movement / resolution"),
      col("period", "Năm học", "Period"),
      col("target", "Chỉ tiêu", "Target"),
      col("scope", "Phạm vi", "Scope"),
      col("planned", "Kế hoạch", "Planned"),
      col("achieved", "Đạt được", "Achieved"),
      col("asOf", "Tính đến", "As of"),
      col("met", "Kết quả", "Met"),
    ],
    rows: data.map((r) => ({
      movement: r.movement,
      period: period(r.period),
      target: r.target,
      planned: show(r.planned, r.unit, `${cmp[r.comparison] ?? r.comparison} `),
      achieved: r.achieved === null ? null : show(r.achieved, r.unit),
      asOf: r.asOf,
      scope: r.scope === "Toàn đơn vị" ? { vi: "Toàn đơn vị", en: "Whole union" } : r.scope,
      met:
        r.met === null
          ? { vi: "Chưa có số liệu", en: "No data yet" }
          : r.met
            ? { vi: "Đạt", en: "Met" }
            : { vi: "Không đạt", en: "Not met" },
    })),
  };
}

/** One loader per board declared in `index.ts`, by its id. */
export const scoreboardLoaders: Record<string, ScoreboardLoader<Settings>> = {
  "cluster-ranking": clusterRanking,
  targets,
  awards,
  initiatives,
};
