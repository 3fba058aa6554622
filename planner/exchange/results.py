"""The 复盘 workbook and its tables: plan against actual per session, host and platform, and a summary.

pandas does the grouping (per-draw sums per host and platform, then their quantiles: never added medians)
and writes the workbook. It is imported when a table is first asked for, never at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.timezones import china_time
from planner.exchange.files import atomic_output
from planner.exchange.cells import PlatformLookup

if TYPE_CHECKING:
    import pandas as pd

    from planner.domain.results import CampaignResults

LANGS = ("en", "zh")
SHEETS = {"summary": ("Summary", "总览"), "sessions": ("Sessions", "场次复盘"), "hosts": ("Hosts", "达人复盘"),
          "platforms": ("Platforms", "平台复盘")}
COLUMNS = {
    "start": ("Start (China time)", "开播时间"), "host": ("Host", "主播"), "platform": ("Platform", "平台"),
    "status": ("Status", "状态"), "shows": ("Recorded shows", "已复盘场次"),
    "viewers_p10": ("Viewers P10", "场观 P10"), "viewers_p50": ("Viewers P50 (projected)", "预估场观 P50"),
    "viewers_p90": ("Viewers P90", "场观 P90"), "viewers_actual": ("Viewers (actual)", "实际场观"),
    "viewers_diff": ("Viewers vs P50", "场观偏差"), "viewers_inside": ("Viewers inside P10–P90", "场观在区间内"),
    "gmv_p10": ("GMV P10", "GMV P10"), "gmv_p50": ("GMV P50 (projected)", "预估GMV P50"),
    "gmv_p90": ("GMV P90", "GMV P90"), "gmv_actual": ("GMV (actual)", "实际GMV"),
    "gmv_diff": ("GMV vs P50", "GMV偏差"), "gmv_inside": ("GMV inside P10–P90", "GMV在区间内"),
    "figure": ("Figure", "指标"), "plan": ("Plan P50", "计划 P50"), "plan_range": ("Plan P10–P90", "计划 P10–P90"),
    "actual": ("Actual so far", "已实现"), "to_come": ("Still to come P50", "待完成 P50"),
    "outlook": ("Outlook P50 (actual + to come)", "预计总计 P50"),
    "outlook_range": ("Outlook P10–P90", "预计总计 P10–P90"),
}
YES_NO = {"en": ("inside", "outside"), "zh": ("区间内", "区间外")}


def _h(key: str, lang: str) -> str:
    return COLUMNS[key][lang == "zh"]


def session_frame(results: "CampaignResults", lang: str = "en") -> "pd.DataFrame":
    """One row per session, in the results' order (most surprising first, then the sessions to come)."""
    import pandas as pd

    rows = []
    inside, outside = YES_NO[lang]
    names = PlatformLookup(results.platforms.values())
    for s in results.sessions:
        row = {"start": f"{china_time(s.start):%Y-%m-%d %H:%M}", "host": s.host_name,
               "platform": names.name(s.platform, lang),
               "status": s.status}
        for m in ("viewers", "gmv"):
            p10, p50, p90 = s.projected[m]
            row.update({f"{m}_p10": p10, f"{m}_p50": p50, f"{m}_p90": p90, f"{m}_actual": s.actual[m],
                        f"{m}_diff": s.diff(m),
                        f"{m}_inside": None if s.inside(m) is None else (inside if s.inside(m) else outside)})
        rows.append(row)
    return _named(pd.DataFrame(rows), lang)


def _named(frame: "pd.DataFrame", lang: str) -> "pd.DataFrame":
    """Headers in ``lang``; ``attrs["keys"]`` keeps the internal column keys (a view formats by them)."""
    keys = list(frame.columns)
    out = frame.rename(columns=lambda k: _h(k, lang))
    out.attrs["keys"] = keys
    return out


def group_frame(results: "CampaignResults", by: str, lang: str = "en") -> "pd.DataFrame":
    """Recorded shows grouped by ``host`` or ``platform``: the plan's P10/P50/P90 of the group's total (from
    per-draw sums), the actual total, the difference and whether the actual is inside the range."""
    import numpy as np
    import pandas as pd

    recorded = [i for i, s in enumerate(results.sessions) if s.recorded]
    names = PlatformLookup(results.platforms.values())
    key = [results.sessions[i].host_name if by == "host" else names.name(results.sessions[i].platform, lang)
           for i in recorded]
    inside_w, outside_w = YES_NO[lang]
    parts = []
    for m in ("viewers", "gmv"):
        per_draw = pd.DataFrame(results.draws[m][:, recorded], columns=pd.Index(key, name=by))
        sums = per_draw.T.groupby(level=0, sort=False).sum().T  # draws × groups
        q = sums.quantile([0.1, 0.5, 0.9]).T
        actual = pd.Series([results.sessions[i].actual[m] or 0.0 for i in recorded], index=pd.Index(key, name=by)
                           ).groupby(level=0, sort=False).sum()
        frame = pd.DataFrame({f"{m}_p10": q[0.1], f"{m}_p50": q[0.5], f"{m}_p90": q[0.9], f"{m}_actual": actual})
        frame[f"{m}_diff"] = np.where(frame[f"{m}_p50"] > 0, frame[f"{m}_actual"] / frame[f"{m}_p50"] - 1, np.nan)
        frame[f"{m}_inside"] = np.where((frame[f"{m}_actual"] >= frame[f"{m}_p10"])
                                        & (frame[f"{m}_actual"] <= frame[f"{m}_p90"]), inside_w, outside_w)
        parts.append(frame)
    out = pd.concat(parts, axis=1)
    out.insert(0, "shows", pd.Series(key).value_counts())
    surprise = np.abs(np.log(out["gmv_actual"].clip(lower=1e-9) / out["gmv_p50"].clip(lower=1e-9)))
    out = out.assign(_s=surprise).sort_values("_s", ascending=False).drop(columns="_s")
    out = out.reset_index().rename(columns={"index": by})
    return _named(out, lang)


def summary_frame(results: "CampaignResults", lang: str = "en") -> "pd.DataFrame":
    import pandas as pd

    zh = lang == "zh"
    names = {"viewers": "场观" if zh else "Show viewers", "gmv": f"GMV ({results.currency})"}
    rows = []
    for m in ("viewers", "gmv"):
        p10, p50, p90 = results.plan_total(m)
        o10, o50, o90 = results.outlook(m)
        rows.append({"figure": names[m], "plan": p50, "plan_range": f"{p10:,.0f} – {p90:,.0f}",
                     "actual": results.actual_so_far(m), "to_come": results.to_come(m)[1], "outlook": o50,
                     "outlook_range": f"{o10:,.0f} – {o90:,.0f}"})
    return _named(pd.DataFrame(rows), lang)


def export_results_xlsx(results: "CampaignResults", path: str | Path, lang: str = "en") -> Path:
    """Write the 复盘 workbook (summary, sessions, hosts, platforms; English or Chinese headers)."""
    import pandas as pd

    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    path = Path(path)
    zh = lang == "zh"
    with atomic_output(path) as tmp:
        with pd.ExcelWriter(tmp, engine="xlsxwriter") as xl:
            summary = summary_frame(results, lang)
            summary.to_excel(xl, sheet_name=SHEETS["summary"][zh], index=False, startrow=2)
            ws = xl.sheets[SHEETS["summary"][zh]]
            ws.write(0, 0, f"{results.campaign_name} — {'复盘' if zh else 'results (复盘)'}")
            if results.backtest is not None:
                ws.write(len(summary) + 4, 0, results.backtest.describe(results.campaign_name).replace("\n", " | "))
            frames = {"sessions": session_frame(results, lang), "hosts": group_frame(results, "host", lang),
                      "platforms": group_frame(results, "platform", lang)}
            for key, frame in frames.items():
                name = SHEETS[key][zh]
                frame.to_excel(xl, sheet_name=name, index=False)
                sheet = xl.sheets[name]
                sheet.freeze_panes(1, 0)
                for col, header in enumerate(frame.columns):
                    sheet.set_column(col, col, max(12, min(28, len(str(header)) + 4)))
    return path
