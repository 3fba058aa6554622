"""Column names in English and Chinese (``shared/glossary.md``), and how headers found in a file map to fields.

Export writes :data:`HEADERS` in the chosen language; import recognises those and the aliases below
(the headers agencies and data tools actually use). Matching ignores case, spaces, full-width forms and
a bracketed unit; the unit is kept as a hint (粉丝数(万) means the numbers are in 万).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from planner.domain.models import HOST_STATUS_ZH, SESSION_STATUSES, SESSION_TYPES, TIERS

LANGS = ("en", "zh")

# field -> (English header, Chinese header). Import fields and export-only (computed) columns.
HEADERS: dict[str, tuple[str, str]] = {
    # hosts (达人资源表)
    "name": ("Host", "达人昵称"),
    "handle": ("Handle", "平台账号"),
    "platform": ("Platform", "平台"),
    "tier": ("Tier", "层级"),
    "followers": ("Followers", "粉丝数"),
    "typical_viewers": ("Avg viewers per session", "场均观看"),
    "categories": ("Categories", "类目"),
    "slot_fee": ("Slot fee", "坑位费"),
    "commission_rate": ("Commission", "佣金比例"),
    "currency": ("Currency", "币种"),
    "agency": ("Agency (MCN)", "机构"),
    "region": ("Region", "地区"),
    "status": ("Status", "合作状态"),
    "contact": ("Contact", "联系方式"),
    "notes": ("Notes", "备注"),
    # sessions (直播排期表)
    "campaign": ("Campaign", "活动"),
    "date": ("Date (China)", "日期"),
    "start": ("Start (China)", "开播时间"),
    "end": ("End (China)", "下播时间"),
    "duration": ("Duration (min)", "直播时长(分钟)"),
    "host": ("Host", "主播"),
    "session_type": ("Session type", "场次类型"),
    "brand_minutes": ("Brand minutes on air", "讲解时长(分钟)"),
    "theme": ("Theme", "直播主题"),
    "products": ("Products", "商品"),
    "paid_budget": ("Paid traffic", "投流预算"),
    "session_status": ("Status", "状态"),
    # computed on export, ignored on import
    "start_local": ("Start ({zone})", "开播时间({zone})"),
    "end_local": ("End ({zone})", "下播时间({zone})"),
    "viewers": ("Projected viewers", "预估场观"),
    "gmv": ("Projected GMV", "预估GMV"),
    "cost": ("Cost", "成本"),
    "roi": ("ROI", "ROI(投产比)"),
    "viewers_p10": ("Projected viewers P10", "预估场观 P10"),
    "viewers_p90": ("Projected viewers P90", "预估场观 P90"),
    "gmv_p10": ("Projected GMV P10", "预估GMV P10"),
    "gmv_p90": ("Projected GMV P90", "预估GMV P90"),
}

HOST_FIELDS: tuple[str, ...] = (
    "name", "handle", "platform", "tier", "followers", "typical_viewers", "categories", "slot_fee",
    "commission_rate", "currency", "agency", "region", "status", "contact", "notes",
)
SESSION_FIELDS: tuple[str, ...] = (
    "date", "start", "end", "duration", "platform", "host", "handle", "session_type", "brand_minutes", "theme",
    "products", "slot_fee", "commission_rate", "paid_budget", "session_status", "notes",
)
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    # each inner tuple: at least one of these fields must be mapped
    "hosts": (("name",), ("platform",)),
    "sessions": (("platform",), ("host", "handle"), ("start",), ("end", "duration")),
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "host", "host name", "nickname", "kol", "creator", "达人", "达人昵称", "达人名称", "昵称",
             "主播", "主播昵称", "主播名称", "账号名称", "红人"),
    "handle": ("handle", "creator id", "platform handle", "account", "account id", "id", "达人id", "平台账号",
               "账号", "账号id", "抖音号", "快手号", "小红书号", "淘宝id", "直播间账号", "uid"),
    "platform": ("platform", "channel", "平台", "渠道", "直播平台"),
    "tier": ("tier", "level", "层级", "达人层级", "等级", "量级", "达人量级"),
    "followers": ("followers", "fans", "follower count", "粉丝数", "粉丝", "粉丝量", "粉丝总数"),
    "typical_viewers": ("avg viewers per session", "typical viewers", "avg viewers", "average viewers",
                        "场均观看", "场均观看人数", "场均场观", "场均uv"),
    "categories": ("categories", "category", "tags", "类目", "标签", "带货类目", "主营类目"),
    "slot_fee": ("slot fee", "fee", "quote", "坑位费", "报价", "坑位费用"),
    "commission_rate": ("commission", "commission rate", "commission %", "佣金比例", "佣金", "佣金率", "佣金比"),
    "currency": ("currency", "币种", "货币"),
    "agency": ("agency (mcn)", "agency", "mcn", "机构", "mcn机构", "所属机构"),
    "region": ("region", "city", "地区", "城市", "所在地"),
    "status": ("status", "合作状态", "状态"),
    "contact": ("contact", "联系方式", "联系人", "电话", "微信"),
    "notes": ("notes", "note", "remarks", "comment", "备注", "说明"),
    "date": ("date (china)", "date", "日期", "直播日期", "开播日期"),
    "start": ("start (china)", "start", "start time", "开播时间", "开始时间", "直播时间", "时间"),
    "end": ("end (china)", "end", "end time", "下播时间", "结束时间"),
    "duration": ("duration (min)", "duration", "直播时长(分钟)", "直播时长", "时长"),
    "host": ("host", "主播", "达人昵称", "达人", "达人名称", "主播昵称", "昵称", "kol", "host name"),
    "session_type": ("session type", "session_type", "type", "场次类型", "直播类型", "类型", "合作模式", "合作方式",
                     "deal type"),
    "brand_minutes": ("brand minutes on air", "brand minutes", "brand_minutes", "讲解时长(分钟)", "讲解时长",
                      "讲解时间"),
    "theme": ("theme", "直播主题", "主题"),
    "products": ("products", "product", "商品", "产品", "链接"),
    "paid_budget": ("paid traffic", "paid budget", "paid traffic budget", "投流", "投流预算", "投流费用",
                    "千川", "千川预算"),
    "session_status": ("status", "状态", "场次状态"),
    "ignored": ("projected viewers", "预估场观", "projected gmv", "预估gmv", "目标gmv", "cost", "成本", "roi",
                "roi(投产比)", "投产比", "campaign", "活动", "weekday", "星期", "tier", "层级"),
}

IMPORT_FIELDS = {"hosts": HOST_FIELDS, "sessions": SESSION_FIELDS}

# Values written in Chinese on a Chinese export, and read back in either language.
TIER_ZH = {"koc": "KOC", "tail": "尾部", "waist": "腰部", "head": "头部"}
SESSION_TYPE_ZH = {"dedicated": "专场", "slot": "坑位"}
SESSION_STATUS_ZH = {"planned": "计划中", "confirmed": "已确认", "done": "已完成", "cancelled": "已取消"}

_CHOICES: dict[str, dict[str, str]] = {
    "tier": {**{t: t for t in TIERS}, **{v.lower(): k for k, v in TIER_ZH.items()}, "头部达人": "head",
             "腰部达人": "waist", "尾部达人": "tail", "素人": "koc"},
    "status": {**{s: s for s in HOST_STATUS_ZH}, **{v: k for k, v in HOST_STATUS_ZH.items()},
               "sample sent": "sample_sent"},
    "session_type": {**{t: t for t in SESSION_TYPES}, **{v: k for k, v in SESSION_TYPE_ZH.items()},
                     "品牌专场": "dedicated", "店播": "dedicated", "自播": "dedicated", "达播": "slot", "混场": "slot",
                     "拼场": "slot", "包场": "dedicated", "专场包场": "dedicated", "纯佣": "slot",
                     "坑位+佣金": "slot", "坑位费+佣金": "slot", "dedicated show": "dedicated", "store": "dedicated", "self": "dedicated",
                     "store-hosted": "dedicated", "self-broadcast": "dedicated", "kol": "slot",
                     "kol-hosted": "slot"},
    "session_status": {**{s: s for s in SESSION_STATUSES}, **{v: k for k, v in SESSION_STATUS_ZH.items()},
                       "canceled": "cancelled", "待定": "planned", "已完播": "done"},
}


def header(field: str, lang: str, zone: str = "") -> str:
    en, zh = HEADERS[field]
    return (zh if lang == "zh" else en).format(zone=zone)


def value_label(kind: str, value: str, lang: str) -> str:
    """How a coded value (tier, status, session type) is written in an export."""
    if lang != "zh":
        return value
    table = {"tier": TIER_ZH, "status": HOST_STATUS_ZH, "session_type": SESSION_TYPE_ZH,
             "session_status": SESSION_STATUS_ZH}[kind]
    return table.get(value, value)


#: Written after a tier the app worked out from followers (the host has no tier of its own), so the roster
#: shows every host's tier and a re-import keeps such hosts following their followers.
AUTO_TIER_MARK = {"en": " (from followers)", "zh": "（按粉丝）"}


def auto_tier_label(tier: str, lang: str) -> str:
    return value_label("tier", tier, lang) + AUTO_TIER_MARK["zh" if lang == "zh" else "en"]


def is_auto_tier(text: str) -> bool:
    key = normalize(text)
    return any(key.endswith(normalize(mark)) for mark in AUTO_TIER_MARK.values())


def choice(kind: str, text: str) -> str | None:
    """The code for a tier / status / session type written in English, Chinese or as a label."""
    key = normalize(text)
    table = _CHOICES[kind]
    if key in table:
        return table[key]
    bare = re.sub(r"\(.*\)$", "", key).strip()  # "tail (尾部)" → "tail"
    return table.get(bare)


def normalize(text: object) -> str:
    """Comparable form of a header or a coded value: NFKC, lower case, single spaces, no ``*`` marks."""
    t = unicodedata.normalize("NFKC", str(text)).strip().lower().replace("*", "")
    return re.sub(r"\s+", " ", t)


@dataclass(frozen=True, slots=True)
class HeaderHint:
    """What a header says beyond its field: the zone of a time, or the unit of a number."""

    zone: str | None = None  # "Europe/Rome" in "Start (Europe/Rome)"
    multiplier: float = 1.0  # 10,000 in 粉丝数(万)
    percent: bool = False  # 佣金比例(%)
    hours: bool = False  # 直播时长(小时)


_UNIT = re.compile(r"^(?P<base>.*?)\s*[(\[]\s*(?P<unit>[^()\[\]]*)\s*[)\]]\s*$")


def match_header(text: object, kind: str) -> tuple[str | None, HeaderHint]:
    """The field a header names for an import of ``kind`` ("hosts" or "sessions"), and its hint.

    Returns ``("ignored", hint)`` for columns the planner computes itself (projected viewers, times in
    the display zone) and ``(None, hint)`` for columns it does not know.
    """
    key = normalize(text)
    fields = IMPORT_FIELDS[kind]
    found = _lookup(key, fields)
    if found:
        return found, HeaderHint()
    m = _UNIT.match(key)
    if not m:
        return None, HeaderHint()
    base, unit = m.group("base"), m.group("unit").strip()
    if re.fullmatch(r"[a-z_]+/[a-z_/]+|utc", unit):  # a zone name
        zone_name = _zone_case(unit)
        field = _lookup(base, fields)
        if field in ("start", "end"):
            # A time in another zone is used only when the file has no China-time column for it.
            return field, HeaderHint(zone=None if zone_name == "Asia/Shanghai" else zone_name)
    field = _lookup(base, fields)
    if field is None:
        return None, HeaderHint()
    hint = HeaderHint(
        multiplier={"万": 1e4, "w": 1e4, "千": 1e3, "k": 1e3, "亿": 1e8}.get(unit, 1.0),
        percent=unit == "%",
        hours=unit in ("小时", "h", "hours", "hrs"),
    )
    return field, hint


def _lookup(key: str, fields: tuple[str, ...]) -> str | None:
    for field in fields:
        if key in _ALIASES[field]:
            return field
    snake = re.sub(r"[\s-]+", "_", key)
    if snake in fields:  # a field's own name (slot_fee, paid_budget): scripts and other tools write these
        return snake
    if key in _ALIASES["ignored"] or snake in COMPUTED or _is_computed(key):
        return "ignored"
    return None


#: Columns the planner computes on export and never reads back (a file it wrote maps without questions).
COMPUTED = frozenset({"viewers", "gmv", "cost", "roi", "start_local", "end_local", "campaign", "tier",
                      "gmv_p10", "gmv_p90", "viewers_p10", "viewers_p90"})


def _is_computed(key: str) -> bool:
    """Range columns of an export (“Projected GMV P10”, “预估GMV P90”) and their kin."""
    base = re.sub(r"\s*\bp(?:10|50|90)\b\s*", " ", key).strip()
    return base != key and base in _ALIASES["ignored"]


def closest_field(text: object, kind: str) -> str | None:
    """The import field a header not recognised most resembles (for “ignored — did you mean …?”)."""
    import difflib

    key = normalize(text)
    key = _UNIT.sub(lambda m: m.group("base"), key) if _UNIT.match(key) else key
    names: dict[str, str] = {}
    for f in IMPORT_FIELDS[kind]:
        for alias in (*_ALIASES[f], f, f.replace("_", " ")):
            names.setdefault(alias, f)
    found = difflib.get_close_matches(key, list(names), n=1, cutoff=0.5)
    if found:
        return names[found[0]]
    for alias, f in names.items():  # "slot fee amount", "坑位费用(元)": a known name inside the header
        if len(alias) >= 2 and alias in key:
            return f
    return None


def _zone_case(unit: str) -> str:
    """Zone names were lower-cased by :func:`normalize`; restore the IANA spelling."""
    from zoneinfo import available_timezones

    lookup = {z.lower(): z for z in available_timezones()}
    return lookup.get(unit, unit.upper() if unit == "utc" else unit)
