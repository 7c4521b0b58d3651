import type { WebScoreboardProps } from "@congdoan/plugin-sdk/web";
import { type DistrictSeries, DistrictTrend, type TrendPoint } from "./trend-chart-view";

interface TrendBoardData {
  series?: TrendPoint[];
  districts?: DistrictSeries[];
}

/** Public board: the share of units that held their conference per kind and school year, whole federation or one district. */
export function TrendBoard(props: WebScoreboardProps) {
  const data = () => props.data as TrendBoardData;
  return (
    <DistrictTrend series={data().series ?? []} districts={data().districts ?? []} locale={props.locale} />
  );
}
