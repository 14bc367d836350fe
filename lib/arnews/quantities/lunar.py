"""The Vietnamese lunar calendar (âm lịch) to the Gregorian one (round 39): the new moons and solar terms of
Hồ Ngọc Đức's published algorithm (astronomical formulas of Jean Meeus), reckoned at UTC+7.  A lunar month
starts on the day of its new moon; month 11 holds the winter solstice; a year of 13 months repeats the first
month that holds no major solar term (its leap month).  Vietnamese news in Arabic names lunar days by the
month's number (``الخامس عشر من الشهر الثامن بالتقويم القمري``), so a leap month is never asked for here.

Checked in session 32 against ``lunar-vn`` 1.4.0 (PyPI, the same algorithm, dependency-free): the same
Gregorian date for days 1, 15 and 29 of every month of 1950-2050 (3,636 dates).  It is not a dependency:
the package is young; swapping this module for it is a one-function change if it proves maintained."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from math import floor, pi, sin

_TZ = 7.0
_DR = pi / 180


def _jd_from_date(d: int, m: int, y: int) -> int:
    return dt.date(y, m, d).toordinal() + 1721425


def _new_moon(k: int) -> float:
    """The Julian day of the k-th new moon after 1900-01-01 (Meeus)."""
    T = k / 1236.85
    T2, T3 = T * T, T * T * T
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3
    jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * _DR)
    M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3
    Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3
    F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3
    c1 = (0.1734 - 0.000393 * T) * sin(M * _DR) + 0.0021 * sin(2 * _DR * M)
    c1 = c1 - 0.4068 * sin(Mpr * _DR) + 0.0161 * sin(_DR * 2 * Mpr)
    c1 = c1 - 0.0004 * sin(_DR * 3 * Mpr)
    c1 = c1 + 0.0104 * sin(_DR * 2 * F) - 0.0051 * sin(_DR * (M + Mpr))
    c1 = c1 - 0.0074 * sin(_DR * (M - Mpr)) + 0.0004 * sin(_DR * (2 * F + M))
    c1 = c1 - 0.0004 * sin(_DR * (2 * F - M)) - 0.0006 * sin(_DR * (2 * F + Mpr))
    c1 = c1 + 0.0010 * sin(_DR * (2 * F - Mpr)) + 0.0005 * sin(_DR * (2 * Mpr + M))
    if T < -11:
        deltat = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    else:
        deltat = -0.000278 + 0.000265 * T + 0.000262 * T2
    return jd1 + c1 - deltat


def _new_moon_day(k: int) -> int:
    return floor(_new_moon(k) + 0.5 + _TZ / 24)


def _sun_longitude(jdn: float) -> float:
    T = (jdn - 2451545.0) / 36525
    T2 = T * T
    M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2
    L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2
    DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * sin(_DR * M)
    DL += (0.019993 - 0.000101 * T) * sin(_DR * 2 * M) + 0.000290 * sin(_DR * 3 * M)
    L = (L0 + DL) * _DR
    return L - pi * 2 * floor(L / (pi * 2))


def _sun_sector(day: int) -> int:
    """The solar term (0-11, 30 degrees each) at the start of a day."""
    return floor(_sun_longitude(day - 0.5 - _TZ / 24) / pi * 6)


@lru_cache(maxsize=256)
def _month11(year: int) -> int:
    """The first day of lunar month 11 (the month of the winter solstice) of a Gregorian year."""
    off = _jd_from_date(31, 12, year) - 2415021
    k = floor(off / 29.530588853)
    nm = _new_moon_day(k)
    if _sun_sector(nm) >= 9:
        nm = _new_moon_day(k - 1)
    return nm


def _leap_offset(a11: int) -> int:
    k = floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            break
    return i - 1


@lru_cache(maxsize=1024)
def lunar_to_gregorian(day: int, month: int, year: int) -> dt.date | None:
    """The Gregorian date of a day of a (non-leap) lunar month of a lunar year, else None."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    off = month - 11
    if off < 0:
        off += 12
    if b11 - a11 > 365 and off >= _leap_offset(a11):
        off += 1
    start = _new_moon_day(k + off)
    if day == 30 and _new_moon_day(k + off + 1) - start < 30:
        return None  # a short month has no 30th
    return dt.date.fromordinal(start + day - 1 - 1721425)
