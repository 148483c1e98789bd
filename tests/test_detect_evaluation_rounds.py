"""The lakken evaluation on the second to two-hundred-and-fortieth hand-written sets runs in CI
and fails below honest floors.

Each of publicatie/evaluation/realistic_toets2 to _toets240 was written and annotated by hand
without reading the detector code and measured once, blind, before the detectors were tuned on
it (2026-11-29 to 2026-12-07). The blind figures are the honest estimate for unseen documents and
are recorded in publicatie/evaluation/README.md; since then each set has been used for tuning,
so the floors below sit a little under the figures measured after tuning (in comments) and
guard against a change that makes lakken worse. The rules-only floors sit under the lower of
two measurements, with and without deduce's name lists loaded in the process (the rules consult
them when they are there), so the order in which tests run cannot decide the outcome.
The sets in `UNTUNED` have not been used for tuning: their floors sit under their blind
figures. Tuning on them makes them development sets (take them out of `UNTUNED`); write new
blind sets first.

The leak check (each document rendered to PDF, redacted as the pipeline redacts it, read back)
costs six to seven times the detection alone, and with more than 150 sets it no longer fits in
CI's time for every set. It runs on every set not yet used for tuning and on every fourth of the
others, in the order below (the render, redact and read path is the same for all; what differs
per set is what detection finds, and that is held to its floors on every set).
`WOO_EVALUATION=full` runs it on every set, as before a tuning round is closed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache, partial

import pytest

from publicatie.evaluation.dataset import load_realistic, load_set, load_toets
from publicatie.evaluation.metrics import evaluate, leak_check
from publicatie.policy import DetectionPolicy


@dataclass(frozen=True)
class Floors:
    identifiers: float
    names: float
    precision: float
    office_holders_redacted: int
    public_values_redacted: int
    values_leaked: int
    rules_identifiers: float
    rules_names: float
    rules_precision: float


FLOORS = {
    # measured with deduce: identifiers 1.000, names 0.993, precision 0.956, 0 of 46 office
    # holders and 10 of 258 public values redacted, 2 of 523 readable; rules only 0.979, 0.841,
    # 0.951. Blind: 0.900, 0.956, 0.923, 2 office holders, 59 readable.
    "toets2": Floors(0.98, 0.97, 0.94, 1, 14, 6, 0.96, 0.82, 0.93),
    # measured 1.000 (0.993), 0.964, 0.916, 0 of 45 and 28 of 366, 39 of 714 readable; rules
    # only 0.986, 0.875, 0.938. Blind: 0.876, 0.886, 0.873, 10 office holders, 100 readable.
    # (rules-only precision 0.918 without the name lists loaded, 0.936 with them)
    "toets3": Floors(0.97, 0.94, 0.90, 1, 32, 45, 0.96, 0.85, 0.90),
    # measured 0.971, 0.982, 0.909, 1 of 45 and 45 of 403, 47 of 826 readable; rules only
    # 0.955, 0.785, 0.928. Blind: 0.934, 0.974, 0.908, 3 office holders, 61 readable.
    "toets4": Floors(0.95, 0.96, 0.89, 2, 50, 53, 0.93, 0.76, 0.91),
    # measured 0.945, 0.937, 0.909, 1 of 64 and 49 of 435, 80 of 938 readable; rules only
    # 0.945, 0.768, 0.911. Blind: 0.890, 0.937, 0.911, 1 office holder, 100 readable.
    "toets5": Floors(0.93, 0.92, 0.89, 2, 54, 88, 0.93, 0.74, 0.89),
    # measured 0.985, 0.965, 0.915, 2 of 39 and 39 of 314, 51 of 695 readable; rules only
    # 0.970, 0.756, 0.933. Blind: 0.884, 0.949, 0.879, 2 office holders, 83 readable.
    "toets6": Floors(0.97, 0.94, 0.89, 3, 45, 60, 0.95, 0.73, 0.91),
    # measured 0.979, 0.958, 0.904, 1 of 52 and 32 of 361, 28 of 562 readable; rules only
    # 0.975, 0.751, 0.897. Blind: 0.937, 0.919, 0.888, 8 office holders, 53 readable.
    "toets7": Floors(0.96, 0.94, 0.88, 2, 38, 38, 0.95, 0.72, 0.87),
    # measured 0.995, 0.966, 0.918, 2 of 28 and 22 of 209, 41 of 500 readable; rules only
    # 0.990, 0.729, 0.904. Blind: 0.953, 0.966, 0.891, 2 office holders, 50 readable.
    "toets8": Floors(0.97, 0.94, 0.89, 3, 28, 50, 0.96, 0.70, 0.88),
    # measured 0.994, 0.979, 0.886, 1 of 47 and 24 of 275, 14 of 432 readable; rules only
    # 0.974, 0.726, 0.859. Blind: 0.955, 0.896, 0.849, 5 office holders, 40 readable.
    "toets9": Floors(0.97, 0.95, 0.86, 2, 30, 24, 0.95, 0.70, 0.84),
    # measured 0.964, 0.949, 0.868, 9 of 41 and 36 of 291, 25 of 425 readable (eleventh to
    # thirteenth rounds); rules only 0.964, 0.757, 0.847. Blind: 0.964, 0.741, 0.821, 14 office
    # holders, 79 readable.
    "toets10": Floors(0.94, 0.92, 0.84, 10, 42, 32, 0.93, 0.72, 0.82),
    # measured 0.988, 0.992, 0.969, 0 of 29 and 8 of 275, 11 of 436 readable; rules only 0.981,
    # 0.777, 0.947. Blind: 0.975, 0.862, 0.929, 6 office holders, 54 readable.
    "toets11": Floors(0.97, 0.97, 0.94, 1, 12, 16, 0.96, 0.75, 0.92),
    # measured 0.983, 0.959, 0.946, 1 of 37 and 10 of 253, 58 of 509 readable; rules only 0.978,
    # 0.797, 0.949. Blind (after the eleventh round): 0.843, 0.831, 0.901, 6 office holders, 90
    # readable.
    "toets12": Floors(0.96, 0.93, 0.92, 2, 14, 64, 0.96, 0.77, 0.92),
    # measured 0.967, 0.993, 0.932, 1 of 44 and 20 of 353, 24 of 471 readable; rules only 0.951,
    # 0.899, 0.906. Blind (after the twelfth round): 0.956, 0.892, 0.911, 3 office holders, 44
    # readable.
    "toets13": Floors(0.95, 0.97, 0.91, 2, 25, 30, 0.93, 0.87, 0.88),
    # measured 0.983, 0.931, 0.862, 6 of 36 and 41 of 273, 32 of 496 readable; rules only 0.949,
    # 0.690, 0.877. Blind (after the thirteenth round): 0.949, 0.884, 0.851, 6 office holders, 45
    # readable.
    "toets14": Floors(0.96, 0.91, 0.84, 7, 45, 38, 0.93, 0.67, 0.86),
    # measured 0.973, 0.981, 0.917, 0 of 38 and 13 of 276, 20 of 384 readable (fifteenth round);
    # rules only 0.973, 0.810, 0.928. Blind (after the fourteenth round): 0.953, 0.929, 0.902, 5
    # office holders, 34 readable.
    "toets15": Floors(0.96, 0.96, 0.90, 1, 16, 24, 0.96, 0.79, 0.91),
    # measured 0.973, 0.974, 0.911, 7 of 56 and 21 of 175, 36 of 471 readable (sixteenth round);
    # rules only 0.966, 0.772, 0.902. Blind (after the fifteenth round): 0.872, 0.908, 0.877, 17
    # office holders, 61 readable.
    "toets16": Floors(0.96, 0.96, 0.90, 8, 25, 40, 0.95, 0.75, 0.88),
    # measured 0.951, 0.923, 0.919, 5 of 79 and 16 of 250, 42 of 354 readable (sixteenth round);
    # rules only 0.943, 0.723, 0.898. Blind (after the fifteenth round): 0.919, 0.908, 0.912, 7
    # office holders, 44 readable.
    "toets17": Floors(0.94, 0.91, 0.90, 6, 20, 46, 0.93, 0.70, 0.88),
    # measured 0.984, 0.957, 0.945, 0 of 30 and 14 of 237, 21 of 502 readable (seventeenth
    # round); rules only 0.974, 0.775, 0.929. Blind (after the sixteenth round): 0.896, 0.957,
    # 0.931, 0 office holders, 41 readable.
    "toets18": Floors(0.97, 0.94, 0.92, 1, 17, 26, 0.96, 0.75, 0.91),
    # measured 0.988, 0.949, 0.942, 0 of 18 and 10 of 193, 34 of 543 readable (eighteenth
    # round); rules only 0.976, 0.848, 0.957. Blind (after the seventeenth round): 0.925, 0.941,
    # 0.942, 0 office holders, 50 readable.
    "toets19": Floors(0.97, 0.93, 0.92, 1, 13, 40, 0.96, 0.82, 0.94),
    # measured 0.981, 0.955, 0.918, 1 of 28 and 24 of 218, 34 of 525 readable (eighteenth
    # round); rules only 0.966, 0.803, 0.934. Blind (after the seventeenth round): 0.898, 0.955,
    # 0.911, 1 office holder, 56 readable.
    "toets20": Floors(0.96, 0.94, 0.90, 2, 28, 40, 0.95, 0.78, 0.92),
    # measured 0.918, 0.936, 0.927 (0.938 after the other sets), 1 of 19 and 18 of 166, 57 of
    # 546 readable (nineteenth round); rules only 0.889, 0.715, 0.929. Blind (after the
    # eighteenth round): 0.850, 0.919, 0.925, 1 office holder, 73 readable.
    "toets21": Floors(0.90, 0.90, 0.91, 2, 21, 68, 0.87, 0.69, 0.91),
    # measured 0.990, 0.906, 0.936, 0 of 23 and 17 of 198, 49 of 484 readable (nineteenth
    # round); rules only 0.990, 0.714, 0.929. Blind (after the eighteenth round): 0.950, 0.882,
    # 0.934, 0 office holders, 63 readable.
    "toets22": Floors(0.97, 0.88, 0.92, 1, 20, 55, 0.97, 0.69, 0.91),
    # measured 0.986, 1.000, 0.942, 1 of 18 and 11 of 216, 8 of 478 readable (twenty-first
    # round); rules only 0.977, 0.921, 0.946. Blind (after the nineteenth round): 0.940, 0.895,
    # 0.926, 1 office holder, 68 readable.
    "toets23": Floors(0.97, 0.97, 0.92, 2, 14, 14, 0.96, 0.90, 0.93),
    # measured 0.991, 0.988, 0.945, 1 of 30 and 15 of 235, 16 of 514 readable (twenty-first
    # round); rules only 0.982, 0.795, 0.943. Blind (after the nineteenth round): 0.968, 0.937,
    # 0.942, 1 office holder, 41 readable.
    "toets24": Floors(0.97, 0.96, 0.92, 2, 18, 24, 0.96, 0.77, 0.92),
    # measured 0.981, 0.957, 0.909, 2 of 36 and 9 of 136, 17 of 427 readable (twenty-second
    # round); rules only 0.963, 0.812, 0.913. Blind (after the twentieth round): 0.981, 0.936,
    # 0.864, 6 office holders, 21 readable.
    "toets25": Floors(0.96, 0.93, 0.88, 3, 12, 25, 0.94, 0.79, 0.89),
    # measured 0.959, 0.959, 0.871, 2 of 23 and 24 of 153, 24 of 475 readable (twenty-second
    # round); rules only 0.959, 0.716, 0.856. Blind (after the twentieth round): 0.959, 0.937,
    # 0.849, 3 office holders, 30 readable.
    "toets26": Floors(0.94, 0.94, 0.85, 3, 27, 32, 0.94, 0.69, 0.83),
    # measured 0.938, 0.961, 0.883, 1 of 29 and 23 of 188 (twenty-second round); rules only
    # 0.934, 0.803, 0.909. Blind (after the twenty-first round): 0.886, 0.931, 0.879, 1 office
    # holder, 39 readable.
    "toets27": Floors(0.92, 0.94, 0.86, 2, 26, 46, 0.91, 0.78, 0.89),
    # measured 0.944, 0.948, 0.902, 7 of 23 (appointed committee members) and 19 of 164
    # (twenty-second round); rules only 0.944, 0.793, 0.923. Blind (after the twenty-first
    # round): 0.911, 0.934, 0.894, 7 office holders, 28 readable.
    "toets28": Floors(0.92, 0.93, 0.88, 8, 22, 35, 0.92, 0.77, 0.90),
    # measured 0.954, 0.936, 0.946, 5 of 44 office holders (a joint arrangement's appointed
    # members) and 11 of 199 public values redacted, 33 of 491 readable (twenty-fourth round);
    # rules only 0.949, 0.840, 0.949. Blind (after the twenty-second round): 0.940, 0.912,
    # 0.915, 5 office holders, 42 readable.
    "toets29": Floors(0.93, 0.91, 0.92, 6, 15, 40, 0.93, 0.81, 0.92),
    # measured 0.969, 0.914, 0.939, 0 of 19 and 12 of 168, 35 of 483 readable (twenty-fourth
    # round); rules only 0.969, 0.824, 0.926. Blind (after the twenty-second round): 0.894,
    # 0.914, 0.909, 0 office holders, 52 readable.
    "toets30": Floors(0.95, 0.89, 0.91, 1, 16, 42, 0.95, 0.80, 0.90),
    # measured 0.963, 0.941, 0.951, 5 of 39 and 14 of 198, 36 of 497 readable (twenty-fourth
    # round); rules only 0.942, 0.788, 0.952. Blind (after the twenty-third round): 0.953,
    # 0.941, 0.904, 7 office holders, 38 readable.
    "toets31": Floors(0.94, 0.92, 0.92, 6, 18, 44, 0.92, 0.76, 0.92),
    # measured 0.939, 0.923, 0.953, 1 of 29 and 13 of 160, 56 of 522 readable (twenty-fourth
    # round); rules only 0.939, 0.809, 0.939. Blind (after the twenty-third round): 0.939,
    # 0.923, 0.938, 1 office holder, 56 readable.
    "toets32": Floors(0.92, 0.90, 0.93, 2, 17, 64, 0.92, 0.78, 0.91),
    # measured 0.982, 0.921, 0.936, 4 of 30 office holders and 19 of 194 public values
    # redacted, 47 of 568 readable (twenty-fifth round); rules only 0.982, 0.784, 0.947. Blind
    # (after the twenty-fourth round): 0.938, 0.896, 0.918, 9 office holders, 64 readable.
    "toets33": Floors(0.96, 0.90, 0.91, 5, 23, 55, 0.96, 0.76, 0.92),
    # measured 0.924, 0.969, 0.943, 1 of 26 and 11 of 170, 30 of 455 readable (twenty-fifth
    # round); rules only 0.908, 0.863, 0.931. Blind (after the twenty-fourth round): 0.924,
    # 0.965, 0.928, 1 office holder, 31 readable.
    "toets34": Floors(0.90, 0.94, 0.92, 2, 15, 38, 0.89, 0.84, 0.91),
    # measured 0.941, 0.958, 0.928, 3 of 47 office holders and 15 of 248 public values
    # redacted, 37 of 504 readable (twenty-sixth round); rules only 0.936, 0.771, 0.902. Blind
    # (after the twenty-fifth round): 0.941, 0.958, 0.892, 17 office holders, 37 readable.
    "toets35": Floors(0.92, 0.93, 0.90, 4, 20, 45, 0.91, 0.75, 0.88),
    # measured 0.874, 0.950, 0.908, 5 of 25 and 18 of 165, 40 of 453 readable (twenty-sixth
    # round); rules only 0.874, 0.794, 0.919. Blind (after the twenty-fifth round): 0.874,
    # 0.950, 0.906, 6 office holders, 40 readable.
    "toets36": Floors(0.85, 0.93, 0.89, 6, 22, 48, 0.85, 0.77, 0.90),
    # measured 0.923, 0.945, 0.931, 1 of 37 office holders and 5 of 187 public values
    # redacted, 40 of 490 readable (twenty-eighth round); rules only 0.923, 0.660, 0.922. Blind
    # (after the twenty-sixth round): 0.923, 0.945, 0.924, 5 office holders, 40 readable.
    "toets37": Floors(0.90, 0.92, 0.91, 2, 9, 48, 0.90, 0.64, 0.90),
    # measured 0.904, 0.954, 0.933, 0 of 23 and 14 of 183, 39 of 545 readable (twenty-eighth
    # round); rules only 0.900, 0.745, 0.914. Blind (after the twenty-sixth round): 0.904,
    # 0.954, 0.928, 3 office holders, 39 readable.
    "toets38": Floors(0.88, 0.93, 0.91, 1, 18, 47, 0.88, 0.72, 0.89),
    # measured 0.960, 0.917, 0.941, 0 of 33 and 5 of 195, 34 of 473 readable (twenty-ninth
    # round); rules only 0.950, 0.768, 0.950. Blind (after the twenty-seventh round): 0.904,
    # 0.890, 0.937, 2 office holders, 51 readable.
    "toets39": Floors(0.94, 0.90, 0.92, 1, 9, 41, 0.93, 0.75, 0.93),
    # measured 0.912, 0.929, 0.942, 0 of 35 and 5 of 159, 39 of 437 readable (twenty-ninth
    # round); rules only 0.912, 0.762, 0.953. Blind (after the twenty-seventh round): 0.841,
    # 0.914, 0.922, 0 office holders, 51 readable.
    "toets40": Floors(0.89, 0.91, 0.92, 1, 9, 46, 0.89, 0.74, 0.93),
    # measured 0.987, 0.917, 0.941, 0 of 33 and 10 of 155, 32 of 437 readable (twenty-ninth
    # round); rules only 0.967, 0.698, 0.942. Blind (after the twenty-eighth round): 0.980,
    # 0.905, 0.923, 3 office holders, 35 readable.
    "toets41": Floors(0.97, 0.90, 0.92, 1, 14, 39, 0.95, 0.68, 0.92),
    # measured 0.982, 0.978, 0.958, 3 of 34 and 4 of 171, 15 of 486 readable (twenty-ninth
    # round); rules only 0.982, 0.897, 0.944. Blind (after the twenty-eighth round): 0.976,
    # 0.963, 0.932, 7 office holders, 21 readable.
    "toets42": Floors(0.96, 0.96, 0.94, 4, 8, 22, 0.96, 0.88, 0.92),
    # measured 0.939, 0.942, 0.902, 7 of 45 and 25 of 231, 37 of 488 readable (thirtieth
    # round); rules only 0.939, 0.831, 0.900. Blind (after the twenty-ninth round): 0.848,
    # 0.934, 0.870, 19 office holders, 57 readable.
    "toets43": Floors(0.92, 0.92, 0.88, 8, 29, 44, 0.92, 0.81, 0.88),
    # measured 0.982, 0.925, 0.961, 1 of 48 and 4 of 163, 31 of 448 readable (thirtieth
    # round); rules only 0.976, 0.752, 0.947. Blind (after the twenty-ninth round): 0.982,
    # 0.925, 0.946, 7 office holders, 31 readable.
    "toets44": Floors(0.96, 0.91, 0.94, 2, 8, 38, 0.96, 0.73, 0.93),
    # measured 0.955, 0.918, 0.946, 2 of 36 and 10 of 182, 34 of 415 readable (thirty-first
    # round); rules only 0.955, 0.773, 0.922. Blind (after the thirtieth round): 0.942, 0.918,
    # 0.939, 2 office holders, 36 readable.
    "toets45": Floors(0.93, 0.90, 0.93, 3, 14, 41, 0.93, 0.75, 0.90),
    # measured 0.947, 0.973, 0.917, 0 of 51 and 12 of 200, 25 of 435 readable (thirty-first
    # round); rules only 0.947, 0.810, 0.904. Blind (after the thirtieth round): 0.947, 0.973,
    # 0.911, 0 office holders, 25 readable.
    "toets46": Floors(0.93, 0.95, 0.90, 1, 16, 32, 0.93, 0.79, 0.88),
    # measured 0.987, 0.982, 0.939, 0 of 32 and 7 of 205, 22 of 548 readable (thirty-second
    # round); rules only 0.982, 0.878, 0.946. Blind (after the thirty-first round): 0.973,
    # 0.950, 0.936, 3 office holders, 30 readable.
    "toets47": Floors(0.97, 0.96, 0.92, 1, 11, 28, 0.97, 0.86, 0.93),
    # measured 0.986, 0.989, 0.930, 0 of 39 and 16 of 217, 17 of 530 readable (thirty-second
    # round); rules only 0.977, 0.881, 0.944. Blind (after the thirty-first round): 0.925,
    # 0.937, 0.921, 0 office holders, 45 readable.
    "toets48": Floors(0.97, 0.97, 0.91, 1, 20, 23, 0.96, 0.86, 0.93),
    # measured 0.992, 0.987, 0.944, 1 of 25 and 10 of 185, 20 of 607 readable (thirty-third
    # round); rules only 0.992, 0.944, 0.955. Blind (after the thirty-second round): 0.975,
    # 0.947, 0.944, 0 office holders, 38 readable.
    "toets49": Floors(0.98, 0.97, 0.93, 2, 14, 26, 0.98, 0.92, 0.94),
    # measured 0.980, 0.942, 0.896, 0 of 38 and 26 of 177, 48 of 574 readable (thirty-third
    # round); rules only 0.972, 0.672, 0.902. Blind (after the thirty-second round): 0.853,
    # 0.927, 0.881, 6 office holders, 73 readable.
    "toets50": Floors(0.96, 0.92, 0.88, 1, 30, 55, 0.96, 0.65, 0.89),
    # measured 0.943, 0.927, 0.933, 0 of 30 and 10 of 160, 40 of 499 readable (thirty-fourth
    # round); rules only 0.938, 0.815, 0.941. Blind (after the thirty-third round): 0.943,
    # 0.911, 0.927, 3 office holders, 44 readable.
    "toets51": Floors(0.93, 0.91, 0.92, 1, 14, 46, 0.92, 0.79, 0.92),
    # measured 0.976, 0.961, 0.881, 0 of 32 and 14 of 173, 21 of 480 readable (thirty-fourth
    # round); rules only 0.966, 0.806, 0.926. Blind (after the thirty-third round): 0.937,
    # 0.961, 0.879, 0 office holders, 29 readable.
    "toets52": Floors(0.96, 0.94, 0.86, 1, 18, 27, 0.95, 0.79, 0.91),
    # measured 0.955, 0.970, 0.868, 0 of 23 and 19 of 161, 26 of 514 readable (thirty-fifth
    # round); rules only 0.955, 0.833, 0.885. Blind (after the thirty-fourth round): 0.930,
    # 0.924, 0.862, 1 office holder, 44 readable.
    "toets53": Floors(0.94, 0.95, 0.85, 1, 23, 32, 0.94, 0.81, 0.87),
    # measured 0.959, 0.939, 0.932, 0 of 41 and 15 of 149, 41 of 518 readable (thirty-fifth
    # round); rules only 0.949, 0.850, 0.954. Blind (after the thirty-fourth round): 0.954,
    # 0.932, 0.932, 0 office holders, 44 readable.
    "toets54": Floors(0.94, 0.92, 0.92, 1, 19, 47, 0.93, 0.83, 0.94),
    # measured 0.924, 0.965, 0.912, 0 of 29 and 17 of 194, 41 of 622 readable (thirty-sixth
    # round); rules only 0.912, 0.744, 0.919. Blind (after the thirty-fifth round): 0.880,
    # 0.956, 0.890, 1 office holder, 53 readable.
    "toets55": Floors(0.91, 0.95, 0.89, 1, 21, 48, 0.90, 0.72, 0.90),
    # measured 0.923, 0.961, 0.908, 0 of 26 and 19 of 259, 53 of 678 readable (thirty-sixth
    # round); rules only 0.923, 0.772, 0.926. Blind (after the thirty-fifth round): 0.821,
    # 0.901, 0.898, 0 office holders, 102 readable.
    "toets56": Floors(0.91, 0.94, 0.89, 1, 23, 60, 0.91, 0.75, 0.91),
    # measured 0.975, 0.973, 0.907, 1 of 32 and 12 of 212, 28 of 589 readable (thirty-seventh
    # round); rules only 0.959, 0.737, 0.917. Blind (after the thirty-sixth round): 0.910,
    # 0.973, 0.866, 1 office holder, 42 readable.
    "toets57": Floors(0.95, 0.96, 0.89, 2, 16, 34, 0.94, 0.72, 0.90),
    # measured 0.958, 0.964, 0.919, 1 of 24 and 18 of 144, 39 of 593 readable (thirty-eighth
    # round); rules only 0.953, 0.736, 0.944 (thirty-seventh). Blind (after the thirty-sixth
    # round): 0.911, 0.934, 0.914, 2 office holders, 54 readable.
    "toets58": Floors(0.94, 0.94, 0.90, 2, 22, 46, 0.93, 0.72, 0.93),
    # measured 0.907, 0.947, 0.921, 1 of 33 and 14 of 176, 50 of 558 readable (thirty-eighth
    # round); rules only 0.880, 0.743, 0.918 (0.876, 0.736, 0.927 with the name lists loaded).
    # Blind (after the thirty-seventh round): 0.862, 0.923, 0.910, 1 office holder, 67 readable.
    "toets59": Floors(0.89, 0.93, 0.90, 2, 18, 58, 0.86, 0.72, 0.90),
    # measured 0.937, 0.783, 0.888, 0 of 26 and 16 of 264, 88 of 511 readable (thirty-eighth
    # round); rules only 0.898, 0.639, 0.896 (0.922 with the name lists loaded). Blind (after
    # the thirty-seventh round): 0.927, 0.726, 0.846, 0 office holders, 105 readable.
    "toets60": Floors(0.92, 0.76, 0.87, 1, 20, 96, 0.88, 0.62, 0.88),
    # measured 0.934, 0.889, 0.845, 0 of 33 and 21 of 178, 102 of 575 readable (thirty-ninth
    # round); rules only 0.918, 0.747, 0.850 (0.863 with the name lists loaded). Blind (after
    # the thirty-eighth round): 0.901, 0.871, 0.841, 0 office holders, 113 readable.
    "toets61": Floors(0.91, 0.87, 0.83, 1, 25, 112, 0.89, 0.73, 0.83),
    # measured 0.925, 0.852, 0.921, 7 of 48 and 18 of 245, 80 of 555 readable (thirty-ninth
    # round); rules only 0.925, 0.756, 0.935 (0.910, 0.756, 0.942 with the name lists loaded).
    # Blind (after the thirty-eighth round): 0.910, 0.839, 0.919, 7 office holders, 88 readable.
    "toets62": Floors(0.90, 0.83, 0.90, 8, 22, 90, 0.89, 0.73, 0.92),
    # measured 0.941, 0.877, 0.897, 8 of 38 and 19 of 205, 48 of 470 readable (fortieth round);
    # rules only 0.941, 0.788, 0.908 (0.935, 0.780, 0.927 with the name lists loaded). Blind
    # (after the thirty-ninth round): 0.887, 0.831, 0.911, 8 office holders, 59 readable.
    "toets63": Floors(0.92, 0.85, 0.87, 9, 22, 56, 0.91, 0.76, 0.88),
    # measured 0.889, 0.876, 0.891, 0 of 33 and 7 of 149, 56 of 402 readable (fortieth round);
    # rules only 0.875, 0.653, 0.898 (0.929 with the name lists loaded). Blind (after the
    # thirty-ninth round): 0.875, 0.822, 0.874, 4 office holders, 68 readable.
    "toets64": Floors(0.87, 0.85, 0.87, 1, 10, 64, 0.85, 0.63, 0.87),
    # measured 0.968, 0.928, 0.909, 0 of 20 and 16 of 182, 49 of 592 readable (forty-first
    # round); rules only 0.964, 0.745, 0.913 (0.964, 0.748, 0.937 with the name lists loaded).
    # Blind (after the fortieth round): 0.960, 0.921, 0.909, 0 office holders, 52 readable.
    "toets65": Floors(0.95, 0.91, 0.89, 1, 19, 56, 0.94, 0.72, 0.89),
    # measured 0.959, 0.650, 0.913, 0 of 19 and 11 of 133, 148 of 557 readable (forty-first
    # round); rules only 0.959, 0.585, 0.949 (0.959, 0.579, 0.947 with the name lists loaded).
    # Blind (after the fortieth round): 0.852, 0.650, 0.909, 0 office holders, 166 readable.
    "toets66": Floors(0.94, 0.62, 0.89, 1, 14, 158, 0.94, 0.55, 0.92),
    # measured 0.943, 0.970, 0.936, 1 of 46 and 19 of 153, 41 of 790 readable (forty-second
    # round); rules only 0.939, 0.675, 0.924 (0.939, 0.682, 0.949 with the name lists loaded).
    # Blind (after the forty-first round): 0.926, 0.970, 0.935, 1 office holder, 53 readable.
    "toets67": Floors(0.92, 0.95, 0.91, 2, 22, 49, 0.92, 0.65, 0.90),
    # measured 0.967, 0.980, 0.935, 0 of 27 and 13 of 160, 21 of 436 readable (forty-second
    # round); rules only 0.974, 0.877, 0.931 (0.967, 0.885, 0.946 with the name lists loaded).
    # Blind (after the forty-first round): 0.967, 0.980, 0.935, 0 office holders, 25 readable.
    "toets68": Floors(0.95, 0.96, 0.91, 1, 16, 28, 0.95, 0.85, 0.91),
    # measured 0.968, 0.959, 0.946, 0 of 11 and 15 of 190, 28 of 614 readable (forty-third
    # round); rules only 0.960, 0.824, 0.941 (0.960, 0.830, 0.956 with the name lists loaded).
    # Blind (after the forty-second round): 0.956, 0.959, 0.947, 0 office holders, 34 readable.
    "toets69": Floors(0.95, 0.94, 0.92, 1, 18, 36, 0.94, 0.80, 0.92),
    # measured 0.944, 0.938, 0.929, 8 of 109 and 10 of 225, 39 of 514 readable (forty-third
    # round); rules only 0.949, 0.733, 0.952 (0.944, 0.744, 0.957 with the name lists loaded).
    # Blind (after the forty-second round): 0.944, 0.938, 0.924, 11 office holders, 39 readable.
    "toets70": Floors(0.92, 0.91, 0.90, 9, 13, 47, 0.92, 0.71, 0.93),
    # measured 0.991, 0.975, 0.929, 1 of 12 and 20 of 133, 42 of 654 readable (forty-fourth
    # round); rules only 0.986, 0.704, 0.928 (the same with the name lists loaded).
    # Blind (after the forty-third round): 0.950, 0.967, 0.925, 1 office holder, 53 readable.
    "toets71": Floors(0.97, 0.95, 0.91, 2, 23, 50, 0.96, 0.68, 0.91),
    # measured 0.989, 0.974, 0.928, 0 of 22 and 11 of 156, 31 of 626 readable (forty-fourth
    # round); rules only 0.973, 0.775, 0.933 (the same with the name lists loaded).
    # Blind (after the forty-third round): 0.935, 0.971, 0.920, 0 office holders, 46 readable.
    "toets72": Floors(0.97, 0.95, 0.91, 1, 14, 38, 0.95, 0.75, 0.91),
    # measured 0.967, 0.984, 0.926, 2 of 28 and 24 of 209, 40 of 810 readable (forty-fifth
    # round); rules only 0.964, 0.723, 0.940 (0.964, 0.788, 0.942 with the name lists loaded).
    # Blind (after the forty-fourth round): 0.931, 0.923, 0.914, 2 office holders, 69 readable.
    "toets73": Floors(0.95, 0.96, 0.91, 3, 27, 48, 0.95, 0.70, 0.93),
    # measured 0.975, 0.983, 0.930, 1 of 29 and 19 of 288, 33 of 900 readable (forty-fifth
    # round); rules only 0.972, 0.721, 0.946 (the same with the name lists loaded).
    # Blind (after the forty-fourth round): 0.950, 0.967, 0.923, 1 office holder, 58 readable.
    "toets74": Floors(0.96, 0.96, 0.91, 2, 22, 40, 0.96, 0.70, 0.93),
    # measured 0.953, 0.989, 0.889, 1 of 23 and 21 of 231, 31 of 637 readable (forty-sixth
    # round); rules only 0.944, 0.796, 0.926 (0.944, 0.796, 0.935 with the name lists loaded).
    # Blind (after the forty-fifth round): 0.953, 0.989, 0.883, 1 office holder, 31 readable.
    "toets75": Floors(0.93, 0.97, 0.87, 2, 24, 38, 0.93, 0.78, 0.91),
    # measured 0.887, 0.908, 0.911, 0 of 37 and 20 of 263, 74 of 642 readable (forty-sixth
    # round); rules only 0.879, 0.777, 0.929 (the same with the name lists loaded).
    # Blind (after the forty-fifth round): 0.887, 0.908, 0.863, 0 office holders, 74 readable.
    "toets76": Floors(0.87, 0.89, 0.89, 1, 23, 82, 0.86, 0.76, 0.91),
    # measured 0.957, 0.984, 0.938, 4 of 40 and 16 of 266, 30 of 646 readable (forty-seventh
    # round); rules only 0.957, 0.868, 0.938. Blind (after the forty-sixth round): 0.957,
    # 0.940, 0.915, 4 office holders, 44 readable.
    "toets77": Floors(0.94, 0.97, 0.92, 5, 19, 36, 0.94, 0.84, 0.92),
    # measured 0.961, 0.985, 0.915, 3 of 40 and 21 of 290, 26 of 649 readable (forty-seventh
    # round); rules only 0.938, 0.810, 0.932. Blind (after the forty-sixth round): 0.938, 0.985,
    # 0.881, 3 office holders, 31 readable.
    "toets78": Floors(0.94, 0.97, 0.90, 4, 24, 32, 0.92, 0.78, 0.91),
    # measured 0.964, 0.962, 0.942, 0 of 32 and 7 of 204, 23 of 440 readable (forty-eighth
    # round); rules only 0.939, 0.765, 0.966. Blind (after the forty-seventh round): 0.927,
    # 0.936, 0.890, 1 office holder, 33 readable.
    "toets79": Floors(0.95, 0.95, 0.93, 1, 10, 30, 0.93, 0.75, 0.95),
    # measured 0.971, 0.978, 0.984, 0 of 34 and 3 of 198, 24 of 449 readable (forty-eighth
    # round); rules only 0.966, 0.773, 0.985. Blind (after the forty-seventh round): 0.943,
    # 0.983, 0.947, 0 office holders, 27 readable.
    "toets80": Floors(0.96, 0.97, 0.97, 1, 6, 31, 0.95, 0.76, 0.97),
    # measured 0.873, 0.977, 0.910, 0 of 42 and 26 of 255, 38 of 639 readable (forty-ninth
    # round); rules only 0.873, 0.834, 0.928 (0.937 with the name lists loaded). Blind (after
    # the forty-eighth round): 0.873, 0.969, 0.891, 7 office holders, 38 readable.
    "toets81": Floors(0.86, 0.96, 0.89, 1, 30, 46, 0.86, 0.82, 0.91),
    # measured 0.949, 0.969, 0.923, 0 of 28 and 23 of 227, 38 of 612 readable (forty-ninth
    # round); rules only 0.941, 0.819, 0.938. Blind (after the forty-eighth round): 0.924,
    # 0.969, 0.900, 5 office holders, 44 readable.
    "toets82": Floors(0.93, 0.95, 0.90, 1, 27, 46, 0.92, 0.80, 0.92),
    # measured 0.940, 0.964, 0.927, 0 of 40 and 27 of 325, 36 of 601 readable (fiftieth round);
    # rules only 0.936, 0.776, 0.929 (0.939 with the name lists loaded). Blind (after the
    # forty-ninth round): 0.927, 0.961, 0.892, 9 office holders, 40 readable.
    "toets83": Floors(0.93, 0.95, 0.91, 1, 32, 44, 0.92, 0.76, 0.91),
    # measured 0.947, 0.941, 0.951, 0 of 35 and 15 of 204, 59 of 645 readable (fiftieth round);
    # rules only 0.947, 0.857, 0.960. Blind (after the forty-ninth round): 0.919, 0.938,
    # 0.929, 3 office holders, 67 readable.
    "toets84": Floors(0.93, 0.93, 0.93, 1, 20, 68, 0.93, 0.84, 0.94),
    # measured 0.934, 0.919, 0.925, 4 of 43 and 15 of 325, 50 of 647 readable (fifty-first
    # round); rules only 0.916, 0.763, 0.946. Blind (after the fiftieth round): 0.913, 0.919,
    # 0.881, 6 office holders, 55 readable.
    "toets85": Floors(0.92, 0.90, 0.91, 5, 20, 58, 0.90, 0.75, 0.93),
    # measured 0.961, 0.935, 0.944, 1 of 32 and 9 of 267, 46 of 643 readable (fifty-first
    # round); rules only 0.946, 0.821, 0.959. Blind (after the fiftieth round): 0.961, 0.935,
    # 0.935, 4 office holders, 46 readable.
    "toets86": Floors(0.95, 0.92, 0.93, 2, 14, 54, 0.93, 0.81, 0.94),
    # measured 0.952, 0.977, 0.943, 1 of 41 and 14 of 311, 35 of 630 readable (fifty-third
    # round); rules only 0.952, 0.788, 0.938. Blind (after the fifty-first round): 0.952, 0.977,
    # 0.919, 7 office holders, 35 readable.
    "toets87": Floors(0.94, 0.96, 0.92, 3, 19, 42, 0.94, 0.77, 0.92),
    # measured 0.975, 0.962, 0.938, 2 of 39 and 9 of 232, 36 of 646 readable (fifty-third
    # round); rules only 0.975, 0.803, 0.950. Blind (after the fifty-first round): 0.955, 0.951,
    # 0.879, 5 office holders, 45 readable.
    "toets88": Floors(0.96, 0.94, 0.92, 4, 14, 43, 0.96, 0.78, 0.93),
    # measured 0.929, 0.952, 0.932, 12 of 161 and 20 of 398, 44 of 615 readable (fifty-third
    # round); rules only 0.929, 0.797, 0.952. Blind (after the fifty-first round): 0.929, 0.952,
    # 0.846, 50 office holders, 44 readable.
    "toets89": Floors(0.91, 0.94, 0.91, 15, 26, 52, 0.91, 0.78, 0.93),
    # measured 0.947, 0.954, 0.907, 1 of 54 and 26 of 258, 37 of 642 readable (fifty-third
    # round); rules only 0.947, 0.890, 0.933. Blind (after the fifty-first round): 0.947, 0.954,
    # 0.896, 2 office holders, 37 readable.
    "toets90": Floors(0.93, 0.94, 0.89, 3, 31, 45, 0.93, 0.87, 0.91),
    # measured 0.933, 0.969, 0.958, 2 of 32 and 9 of 234, 42 of 645 readable (fifty-third
    # round); rules only 0.917, 0.783, 0.966. Blind (after the fifty-second round): 0.933, 0.954,
    # 0.914, 2 office holders, 48 readable.
    "toets91": Floors(0.92, 0.95, 0.94, 4, 14, 50, 0.90, 0.76, 0.94),
    # measured 0.901, 0.973, 0.965, 0 of 40 and 3 of 229, 43 of 646 readable (fifty-third
    # round); rules only 0.892, 0.856, 0.978. Blind (after the fifty-second round): 0.901, 0.954,
    # 0.953, 0 office holders, 50 readable.
    "toets92": Floors(0.88, 0.96, 0.95, 2, 8, 51, 0.87, 0.84, 0.96),
    # measured 0.968, 0.962, 0.933, 9 of 53 and 20 of 274, 32 of 637 readable (fifty-fourth
    # round); rules only 0.968, 0.873, 0.935. Blind (after the fifty-third round): 0.968, 0.962,
    # 0.905, 9 office holders, 32 readable.
    "toets93": Floors(0.95, 0.94, 0.91, 11, 25, 40, 0.95, 0.85, 0.91),
    # measured 0.942, 0.958, 0.959, 3 of 49 and 6 of 224, 58 of 641 readable (fifty-fourth
    # round); rules only 0.925, 0.838, 0.957. Blind (after the fifty-third round): 0.925, 0.933,
    # 0.950, 4 office holders, 70 readable.
    "toets94": Floors(0.92, 0.94, 0.94, 5, 11, 66, 0.91, 0.82, 0.94),
    # measured 0.944, 0.969, 0.964, 2 of 31 and 11 of 332, 25 of 636 readable (fifty-fifth
    # round); rules only 0.939, 0.835, 0.963. Blind (after the fifty-fourth round): 0.944,
    # 0.969, 0.930, 2 office holders, 25 readable.
    "toets95": Floors(0.93, 0.95, 0.95, 3, 14, 30, 0.92, 0.82, 0.95),
    # measured 0.942, 0.958, 0.935, 14 of 46 and 21 of 303, 35 of 638 readable (fifty-fifth
    # round); rules only 0.942, 0.893, 0.920. Blind (after the fifty-fourth round): 0.942,
    # 0.958, 0.915, 14 office holders (an objections committee's members), 35 readable.
    "toets96": Floors(0.93, 0.94, 0.92, 15, 25, 40, 0.92, 0.87, 0.90),
    # measured 0.901, 0.939, 0.896, 1 of 47 and 27 of 238, 52 of 641 readable (fifty-sixth
    # round); rules only 0.886, 0.764, 0.902. Blind (after the fifty-fifth round): 0.901, 0.939,
    # 0.873, 1 office holder, 52 readable.
    "toets97": Floors(0.88, 0.92, 0.88, 2, 31, 57, 0.87, 0.74, 0.88),
    # measured 0.918, 0.975, 0.925, 3 of 35 and 31 of 217, 38 of 647 readable (fifty-sixth
    # round); rules only 0.918, 0.796, 0.919. Blind (after the fifty-fifth round): 0.854, 0.938,
    # 0.890, 3 office holders, 64 readable.
    "toets98": Floors(0.90, 0.96, 0.91, 4, 35, 43, 0.90, 0.77, 0.90),
    # not used for tuning: measured once, blind, after the fifty-sixth round: 0.816, 0.873,
    # 0.889, 1 of 13 office holders and 10 of 159 public values redacted, 97 of 644 readable;
    # rules only 0.807, 0.711, 0.916 (the lower of the two measurements each).
    "toets99": Floors(0.80, 0.85, 0.87, 2, 13, 102, 0.79, 0.69, 0.90),
    # not used for tuning: measured once, blind, after the fifty-sixth round: 0.936, 0.947,
    # 0.907, 9 of 18 office holders (council members speaking in a livestream's subtitles) and
    # 16 of 192 public values redacted, 66 of 639 readable; rules only 0.922, 0.757, 0.901.
    "toets100": Floors(0.92, 0.93, 0.89, 10, 20, 71, 0.90, 0.73, 0.88),
    # measured 0.952, 0.941, 0.923, 0 of 21 and 12 of 170, 44 of 635 readable (fifty-seventh
    # round); rules only 0.952, 0.739, 0.926. Blind (after the fifty-sixth round): 0.943, 0.906,
    # 0.883, 1 office holder, 56 readable.
    "toets101": Floors(0.94, 0.93, 0.91, 1, 15, 49, 0.94, 0.72, 0.91),
    # measured 0.925, 0.894, 0.916, 0 of 37 and 22 of 310, 55 of 630 readable (fifty-seventh
    # round); rules only 0.905, 0.623, 0.913. Blind (after the fifty-sixth round): 0.925, 0.880,
    # 0.861, 7 office holders, 60 readable.
    "toets102": Floors(0.91, 0.88, 0.90, 1, 25, 60, 0.89, 0.60, 0.90),
    # measured 0.905, 0.944, 0.919, 0 of 21 and 15 of 192, 58 of 646 readable (fifty-eighth
    # round); rules only 0.905, 0.567, 0.930. Blind (after the fifty-seventh round): 0.865,
    # 0.944, 0.872, 0 office holders, 58 readable.
    "toets103": Floors(0.89, 0.93, 0.90, 1, 18, 63, 0.89, 0.55, 0.91),
    # measured 0.837, 0.919, 0.910, 0 of 29 and 15 of 344, 71 of 636 readable (fifty-eighth
    # round); rules only 0.837, 0.708, 0.907. Blind (after the fifty-seventh round): 0.837,
    # 0.919, 0.864, 5 office holders, 71 readable.
    "toets104": Floors(0.82, 0.90, 0.89, 1, 18, 76, 0.82, 0.69, 0.89),
    # measured 0.773, 0.899, 0.900, 2 of 40 and 18 of 255, 78 of 638 readable (fifty-ninth
    # round); rules only 0.761, 0.763, 0.913. Blind (after the fifty-eighth round): 0.773, 0.896,
    # 0.900, 2 office holders, 79 readable.
    "toets105": Floors(0.76, 0.88, 0.88, 3, 21, 83, 0.74, 0.74, 0.89),
    # measured 0.871, 0.896, 0.932, 3 of 28 and 15 of 406, 70 of 594 readable (fifty-ninth
    # round); rules only 0.860, 0.824, 0.954. Blind (after the fifty-eighth round): 0.871, 0.885,
    # 0.916, 5 office holders, 73 readable.
    "toets106": Floors(0.85, 0.88, 0.91, 4, 18, 75, 0.84, 0.80, 0.93),
    # measured 0.971, 0.962, 0.925, 0 of 25 and 15 of 330, 32 of 631 readable (sixtieth
    # round); rules only 0.971, 0.807, 0.928. Blind (after the fifty-ninth round): 0.971, 0.952,
    # 0.907, 0 office holders, 36 readable.
    "toets107": Floors(0.95, 0.94, 0.91, 1, 18, 37, 0.95, 0.79, 0.91),
    # measured 0.931, 0.964, 0.913, 3 of 32 and 18 of 244, 45 of 647 readable (sixtieth round);
    # rules only 0.925, 0.687, 0.918. Blind (after the fifty-ninth round): 0.913, 0.915, 0.911,
    # 3 office holders, 69 readable.
    "toets108": Floors(0.91, 0.94, 0.89, 4, 21, 50, 0.90, 0.66, 0.90),
    # measured 0.946, 0.944, 0.935, 3 of 30 and 17 of 315, 29 of 640 readable (sixtieth round);
    # rules only 0.939, 0.824, 0.941. Blind (after the fifty-ninth round): 0.936, 0.944, 0.868,
    # 3 office holders, 33 readable.
    "toets109": Floors(0.93, 0.92, 0.92, 4, 20, 34, 0.92, 0.80, 0.92),
    # measured 0.955, 0.947, 0.908, 16 of 78 and 26 of 233, 37 of 609 readable (sixtieth round);
    # rules only 0.951, 0.800, 0.910. Blind (after the fifty-ninth round, with the crash on a
    # URL-encoded mailbox mended): 0.947, 0.909, 0.902, 19 office holders, 43 readable.
    "toets110": Floors(0.94, 0.93, 0.89, 18, 29, 42, 0.93, 0.78, 0.89),
    # measured 0.905, 0.915, 0.921, 6 of 31 and 12 of 266, 49 of 643 readable (sixtieth round);
    # rules only 0.905, 0.712, 0.935. Blind (during the sixtieth round): 0.859, 0.915, 0.919,
    # 6 office holders, 61 readable.
    "toets111": Floors(0.89, 0.90, 0.90, 7, 15, 54, 0.89, 0.69, 0.92),
    # measured 0.917, 0.937, 0.893, 0 of 16 and 28 of 224, 58 of 639 readable (sixtieth round);
    # rules only 0.898, 0.664, 0.893. Blind (during the sixtieth round): 0.815, 0.926, 0.890,
    # 0 office holders, 84 readable.
    "toets112": Floors(0.90, 0.92, 0.87, 1, 31, 63, 0.88, 0.64, 0.87),
    # measured 0.961, 0.929, 0.920, 0 of 18 and 15 of 245, 35 of 642 readable (sixty-first
    # round); rules only 0.957, 0.787, 0.913. Blind: 0.870, 0.874, 0.915, 0 office holders, 70
    # readable.
    "toets113": Floors(0.95, 0.91, 0.90, 1, 18, 40, 0.94, 0.77, 0.89),
    # measured 0.949, 0.949, 0.888, 2 of 31 and 20 of 227, 44 of 639 readable (sixty-first
    # round); rules only 0.939, 0.805, 0.903. Blind: 0.806, 0.907, 0.873, 2 office holders, 87
    # readable.
    "toets114": Floors(0.93, 0.93, 0.87, 3, 23, 50, 0.92, 0.79, 0.88),
    # measured 0.905, 0.903, 0.902, 3 of 29 and 29 of 228, 80 of 679 readable (sixty-first
    # round); rules only 0.891, 0.679, 0.932. Blind (during the sixty-first round): 0.836, 0.903,
    # 0.898, 3 office holders, 87 readable.
    "toets115": Floors(0.89, 0.89, 0.88, 4, 32, 86, 0.87, 0.66, 0.91),
    # measured 0.883, 0.904, 0.938, 3 of 36 and 9 of 250, 77 of 708 readable (sixty-first
    # round); rules only 0.879, 0.702, 0.951. Blind (during the sixty-first round): 0.839, 0.904,
    # 0.935, 3 office holders, 85 readable.
    "toets116": Floors(0.87, 0.89, 0.92, 4, 12, 83, 0.86, 0.68, 0.93),
    # measured 0.957, 0.934, 0.928, 4 of 30 and 18 of 229, 47 of 751 readable (sixty-second and
    # sixty-third rounds); rules only 0.957, 0.738, 0.936. Blind (after the sixty-first round):
    # 0.836, 0.921, 0.912, 6 office holders, 101 readable.
    "toets117": Floors(0.94, 0.92, 0.91, 5, 22, 53, 0.94, 0.72, 0.92),
    # measured 0.923, 0.953, 0.953, 3 of 21 and 18 of 228, 65 of 738 readable; rules only 0.896,
    # 0.670, 0.956. Blind (after the sixty-first round): 0.784, 0.932, 0.934, 3 office holders,
    # 111 readable.
    "toets118": Floors(0.91, 0.94, 0.94, 4, 22, 71, 0.88, 0.65, 0.94),
    # measured 0.966, 0.957, 0.932, 11 of 39 and 24 of 247, 30 of 678 readable (sixty-third
    # round); rules only 0.966, 0.753, 0.936. Blind (after the sixty-second round): 0.970, 0.957,
    # 0.899, 11 office holders, 35 readable.
    "toets119": Floors(0.95, 0.94, 0.92, 12, 28, 36, 0.95, 0.73, 0.92),
    # measured 0.974, 0.965, 0.942, 1 of 15 and 4 of 248, 27 of 669 readable; rules only 0.970,
    # 0.819, 0.959. Blind (after the sixty-second round): 0.931, 0.965, 0.912, 1 office holder,
    # 38 readable.
    "toets120": Floors(0.96, 0.95, 0.93, 2, 8, 33, 0.96, 0.80, 0.94),
    # measured 0.964, 0.974, 0.968, 3 of 14 and 18 of 270, 17 of 675 readable (sixty-fourth
    # round); rules only 0.953, 0.686, 0.965. Blind (after the sixty-third round): 0.912, 0.941,
    # 0.944, 3 office holders, 63 readable.
    "toets121": Floors(0.95, 0.95, 0.95, 4, 22, 23, 0.94, 0.66, 0.95),
    # measured 0.982, 0.969, 0.981, 0 of 26 and 8 of 241, 23 of 680 readable; rules only 0.982,
    # 0.662, 0.982. Blind (after the sixty-third round): 0.941, 0.964, 0.953, 4 office holders,
    # 41 readable.
    "toets122": Floors(0.96, 0.95, 0.96, 1, 12, 29, 0.96, 0.64, 0.96),
    # measured 0.893, 0.966, 0.886, 10 of 30 and 25 of 285, 42 of 711 readable (sixty-fifth
    # round); rules only 0.876, 0.804, 0.884. Blind (after the sixty-fourth round): 0.893, 0.966,
    # 0.885, 10 office holders, 50 readable.
    "toets123": Floors(0.88, 0.95, 0.87, 11, 29, 48, 0.86, 0.79, 0.87),
    # measured 0.925, 0.963, 0.933, 4 of 43 and 12 of 291, 41 of 894 readable; rules only 0.925,
    # 0.817, 0.949. Blind (after the sixty-fourth round): 0.765, 0.931, 0.928, 4 office holders,
    # 114 readable.
    "toets124": Floors(0.91, 0.95, 0.92, 5, 16, 48, 0.91, 0.80, 0.94),
    # measured 0.900, 0.924, 0.926, 4 of 16 and 23 of 264, 50 of 705 readable (sixty-sixth
    # round); rules only 0.907, 0.688, 0.922 (0.900, 0.709, 0.921 with the lists). Blind (after
    # the sixty-fourth round): 0.830, 0.884, 0.922, 4 office holders, 72 readable.
    "toets125": Floors(0.89, 0.91, 0.92, 5, 27, 56, 0.89, 0.67, 0.91),
    # measured 0.921, 0.955, 0.923, 1 of 35 and 14 of 258, 41 of 702 readable (sixty-sixth
    # round); rules only 0.917, 0.667, 0.924 (0.917, 0.669, 0.932 with the lists). Blind (after
    # the sixty-fourth round): 0.803, 0.955, 0.919, 1 office holder, 77 readable.
    "toets126": Floors(0.91, 0.94, 0.91, 2, 18, 48, 0.90, 0.65, 0.91),
    # measured 0.875, 0.905, 0.929, 1 of 39 and 12 of 254, 81 of 736 readable (sixty-seventh
    # round); rules only 0.846, 0.721, 0.927 (0.843, 0.721, 0.936 with the lists). Blind (after
    # the sixty-fifth round): 0.850, 0.882, 0.927, 1 office holder, 97 readable.
    "toets127": Floors(0.86, 0.89, 0.92, 2, 16, 88, 0.83, 0.71, 0.92),
    # measured 0.797, 0.941, 0.952, 4 of 40 and 9 of 268, 77 of 698 readable (sixty-seventh
    # round); rules only 0.790, 0.806, 0.945 (0.790, 0.806, 0.953 with the lists). Blind (after
    # the sixty-fifth round): 0.783, 0.905, 0.951, 4 office holders, 95 readable.
    "toets128": Floors(0.78, 0.93, 0.94, 5, 13, 84, 0.78, 0.79, 0.93),
    # measured 0.929, 0.927, 0.951, 1 of 45 and 4 of 202, 31 of 460 readable (sixty-eighth
    # round); rules only 0.929, 0.760, 0.965 (0.929, 0.749, 0.974 with the lists). Blind (after
    # the sixty-sixth round): 0.903, 0.881, 0.940, 1 office holder, 36 readable.
    "toets129": Floors(0.92, 0.91, 0.94, 2, 8, 36, 0.92, 0.74, 0.95),
    # measured 0.930, 0.947, 0.948, 5 of 44 and 9 of 251, 29 of 550 readable (sixty-eighth
    # round); rules only 0.921, 0.860, 0.955 (0.921, 0.860, 0.962 with the lists). Blind (after
    # the sixty-sixth round): 0.912, 0.913, 0.946, 5 office holders, 39 readable.
    "toets130": Floors(0.92, 0.93, 0.94, 6, 13, 35, 0.91, 0.85, 0.94),
    # measured 0.969, 0.970, 0.939, 0 of 36 and 15 of 285, 15 of 492 readable (sixty-ninth
    # round); rules only 0.963, 0.822, 0.936 (0.963, 0.835, 0.946 with the lists). Blind (after
    # the sixty-eighth round): 0.945, 0.926, 0.930, 0 office holders, 33 readable.
    "toets131": Floors(0.96, 0.96, 0.93, 1, 18, 20, 0.95, 0.80, 0.92),
    # measured 0.869, 0.950, 0.967, 1 of 47 and 1 of 246, 48 of 546 readable (sixty-ninth
    # round); rules only 0.869, 0.812, 0.977 (0.869, 0.829, 0.991 with the lists). Blind (after
    # the sixty-eighth round): 0.813, 0.889, 0.964, 1 office holder, 77 readable.
    "toets132": Floors(0.86, 0.94, 0.95, 2, 4, 52, 0.86, 0.79, 0.96),
    # measured 0.910, 0.918, 0.918, 4 of 48 and 12 of 286, 51 of 550 readable (seventieth
    # round); rules only 0.910, 0.801, 0.959 (0.910, 0.801, 0.963 with the lists). Blind (after
    # the sixty-ninth round): 0.859, 0.918, 0.908, 4 office holders, 63 readable.
    "toets133": Floors(0.89, 0.90, 0.89, 5, 14, 56, 0.89, 0.78, 0.93),
    # measured 0.929, 0.881, 0.977, 0 of 48 and 7 of 281, 50 of 557 readable (seventieth round);
    # rules only 0.924, 0.710, 0.974 (0.924, 0.710, 0.982 with the lists). Blind (after the
    # sixty-ninth round): 0.840, 0.871, 0.967, 0 office holders, 71 readable.
    "toets134": Floors(0.91, 0.86, 0.95, 1, 9, 55, 0.90, 0.69, 0.95),
    # measured 0.991, 0.931, 0.976, 1 of 46 and 5 of 360, 25 of 682 readable (seventy-first
    # round); rules only 0.987, 0.801, 0.974 (0.987, 0.813, 0.982 with the lists). Blind (after
    # the seventieth round): 0.944, 0.868, 0.947, 1 office holder, 67 readable.
    "toets136": Floors(0.97, 0.91, 0.96, 2, 8, 30, 0.97, 0.78, 0.96),
    # not used for tuning: measured once, blind, after the seventy-first round: 0.987, 0.944,
    # 0.981, 0 of 44 office holders and 4 of 244 public values redacted, 19 of 597 readable;
    # rules only 0.983, 0.757, 0.962 (0.983, 0.769, 0.987 with the lists).
    "toets135": Floors(0.97, 0.92, 0.96, 1, 7, 24, 0.97, 0.73, 0.94),
    # not used for tuning: measured once, blind, after the seventy-first round: 0.961, 0.885,
    # 0.972, 0 of 48 office holders and 3 of 289 public values redacted, 47 of 657 readable;
    # rules only 0.964, 0.723, 0.951 (0.961, 0.730, 0.973 with the lists).
    "toets137": Floors(0.95, 0.87, 0.96, 1, 6, 52, 0.95, 0.70, 0.94),
    # not used for tuning: measured once, blind, after the seventy-first round (second part):
    # 0.932, 0.940, 0.963, 0 of 49 office holders and 2 of 206 public values redacted, 26 of 586
    # readable; rules only 0.932, 0.735, 0.978 (0.932, 0.735, 0.984 with the lists).
    "toets138": Floors(0.92, 0.92, 0.94, 1, 5, 31, 0.92, 0.71, 0.96),
    # measured 0.958, 0.935, 0.975, 0 of 49 and 3 of 296, 22 of 542 readable (seventy-second
    # round); rules only 0.965, 0.812, 0.959 (0.965, 0.826, 0.979 with the lists). Blind (after
    # the seventy-first round, second part): 0.951, 0.929, 0.951, 0 office holders, 29 readable.
    "toets139": Floors(0.94, 0.92, 0.96, 1, 6, 27, 0.95, 0.79, 0.94),
    # measured 0.947, 0.936, 0.986, 1 of 49 and 4 of 218, 30 of 510 readable (seventy-second
    # round); rules only 0.932, 0.777, 0.981 (0.932, 0.789, 0.988 with the lists). Blind (after
    # the seventy-first round, second part): 0.947, 0.934, 0.977, 1 office holder, 32 readable.
    "toets140": Floors(0.93, 0.92, 0.97, 2, 7, 35, 0.92, 0.76, 0.97),
    # measured 0.949, 0.963, 0.977, 0 of 48 and 1 of 297, 22 of 577 readable (seventy-second
    # round); rules only 0.938, 0.828, 0.981 (0.933, 0.839, 0.983 with the lists). Blind (after
    # the seventy-first round, second part): 0.928, 0.944, 0.960, 5 office holders, 34 readable.
    "toets141": Floors(0.93, 0.95, 0.96, 1, 4, 27, 0.92, 0.81, 0.97),
    # measured 0.975, 0.955, 0.961, 0 of 31 and 0 of 246, 25 of 745 readable (seventy-third
    # round); rules only 0.968, 0.774, 0.953 (0.968, 0.782, 0.959 with the lists). Blind (after
    # the seventy-first round, second part): 0.968, 0.955, 0.961, 0 office holders, 25 readable.
    # Since the hundred-and-ninth round 2 office holders: the commissiegriffier, whom this set
    # annotates as one and 45 of the 51 such names in the sets redact.
    "toets142": Floors(0.96, 0.94, 0.95, 2, 3, 30, 0.96, 0.76, 0.94),
    # measured 0.966, 0.909, 0.981, 0 of 35 and 1 of 210, 35 of 632 readable (seventy-third
    # round); rules only 0.966, 0.778, 0.975 (0.966, 0.781, 0.982 with the lists). Blind (after
    # the seventy-first round, second part): 0.962, 0.906, 0.973, 0 office holders, 40 readable.
    "toets143": Floors(0.95, 0.89, 0.97, 1, 4, 40, 0.95, 0.76, 0.96),
    # measured 0.942, 0.930, 0.976, 0 of 35 and 6 of 222, 35 of 610 readable (seventy-third
    # round); rules only 0.938, 0.739, 0.977 (0.938, 0.742, 0.979 with the lists). Blind (after
    # the seventy-second round): 0.929, 0.930, 0.947, 2 office holders, 39 readable.
    "toets144": Floors(0.92, 0.91, 0.96, 1, 9, 40, 0.92, 0.72, 0.96),
    # measured 0.946, 0.958, 0.971, 0 of 33 and 6 of 220, 43 of 715 readable (seventy-fourth
    # round); rules only 0.946, 0.816, 0.970 (0.946, 0.816, 0.976 with the lists). Blind (after
    # the seventy-second round): 0.884, 0.950, 0.956, 0 office holders, 54 readable. Since the
    # hundred-and-ninth round 2 office holders: the commissiegriffier (see toets142); rules
    # only precision 0.956.
    "toets145": Floors(0.93, 0.94, 0.96, 2, 9, 50, 0.93, 0.80, 0.95),
    # measured 0.970, 0.971, 0.960, 0 of 38 and 6 of 213, 42 of 650 readable (seventy-fourth
    # round); rules only 0.970, 0.875, 0.966 (the same with the lists). Blind (after the
    # seventy-second round): 0.960, 0.926, 0.951, 0 office holders, 55 readable.
    "toets146": Floors(0.96, 0.96, 0.95, 1, 9, 50, 0.96, 0.86, 0.95),
    # measured 0.971, 0.917, 0.958, 3 of 50 and 9 of 213, 59 of 688 readable (seventy-fourth
    # round); rules only 0.966, 0.780, 0.968 (0.966, 0.788, 0.973 with the lists). Blind (after
    # the seventy-second round): 0.951, 0.907, 0.948, 3 office holders, 67 readable.
    "toets147": Floors(0.95, 0.90, 0.94, 4, 12, 65, 0.95, 0.76, 0.95),
    # measured 0.934, 0.925, 0.953, 9 of 49 and 21 of 237, 56 of 671 readable (seventy-fifth
    # round); rules only 0.929, 0.667, 0.932 (0.929, 0.670, 0.950 with the lists). Blind (after
    # the seventy-third round): 0.935, 0.895, 0.937, 9 office holders, 64 readable.
    "toets148": Floors(0.92, 0.91, 0.94, 10, 24, 62, 0.92, 0.65, 0.92),
    # measured 0.972, 0.936, 0.966, 1 of 50 and 13 of 225, 59 of 654 readable (seventy-fifth
    # round); rules only 0.972, 0.691, 0.967 (0.972, 0.699, 0.975 with the lists). Blind (after
    # the seventy-third round): 0.858, 0.931, 0.955, 1 office holder, 85 readable.
    "toets149": Floors(0.96, 0.92, 0.95, 2, 16, 66, 0.96, 0.67, 0.95),
    # measured 0.978, 0.948, 0.968, 2 of 50 and 13 of 235, 77 of 750 readable (seventy-sixth
    # round); rules only 0.942, 0.741, 0.962 (0.942, 0.758, 0.971 with the lists). Blind (after
    # the seventy-third round): 0.978, 0.886, 0.967, 2 office holders, 98 readable.
    "toets150": Floors(0.96, 0.93, 0.95, 3, 16, 82, 0.93, 0.72, 0.95),
    # measured 0.983, 0.954, 0.967, 0 of 49 and 11 of 229, 55 of 672 readable (seventy-sixth
    # round); rules only 0.966, 0.780, 0.974 (0.966, 0.783, 0.977 with the lists). Blind (after
    # the seventy-third round): 0.975, 0.922, 0.966, 0 office holders, 70 readable.
    "toets151": Floors(0.97, 0.94, 0.95, 1, 14, 60, 0.95, 0.76, 0.96),
    # measured 0.953, 0.969, 0.955, 1 of 48 and 5 of 213, 31 of 711 readable (seventy-seventh
    # round); rules only 0.949, 0.766, 0.954 (0.949, 0.766, 0.960 with the lists). Blind (after
    # the seventy-fourth round): 0.953, 0.930, 0.951, 1 office holder, 51 readable.
    "toets152": Floors(0.94, 0.95, 0.94, 2, 8, 40, 0.93, 0.75, 0.94),
    # measured 0.981, 0.939, 0.965, 0 of 48 and 4 of 217, 46 of 687 readable (seventy-seventh
    # round); rules only 0.962, 0.815, 0.966 (0.962, 0.815, 0.977 with the lists). Blind (after
    # the seventy-fourth round): 0.927, 0.867, 0.963, 0 office holders, 88 readable.
    "toets153": Floors(0.97, 0.92, 0.95, 1, 7, 55, 0.95, 0.80, 0.95),
    # measured 0.968, 0.954, 0.966, 0 of 49 and 5 of 215, 23 of 687 readable (seventy-eighth
    # round, tuned on this set); rules only 0.965, 0.814, 0.965 (0.961, 0.814, 0.965 with the
    # lists). Blind (after the seventy-fifth round): 0.968, 0.851, 0.941, 0 office holders, 57
    # readable.
    "toets154": Floors(0.96, 0.94, 0.95, 1, 7, 30, 0.95, 0.80, 0.95),
    # measured 0.991, 0.975, 0.911 (pets' names kept), 0 of 49 and 4 of 208, 28 of 631
    # readable (seventy-eighth round, tuned on this set); rules only 0.969, 0.811, 0.915 (0.969,
    # 0.814, 0.934 with the lists: a pet in a cell is only told from a surname with them).
    # Blind (after the seventy-fifth round): 0.987, 0.924, 0.850 (pets' names read as
    # persons), 0 office holders, 39 readable.
    "toets155": Floors(0.98, 0.96, 0.90, 1, 6, 35, 0.96, 0.80, 0.91),
    # measured 1.000, 0.927, 0.974, 5 of 47 and 5 of 211, 28 of 633 readable (eightieth round,
    # tuned on this set); rules only 1.000, 0.787, 0.969 (1.000, 0.787, 0.984 with the lists).
    # Blind (after the seventy-sixth round): 0.969, 0.889, 0.945, 6 office holders, 46 readable.
    "toets156": Floors(0.99, 0.91, 0.96, 6, 7, 33, 0.99, 0.77, 0.96),
    # measured 0.996, 0.939, 0.927, 2 of 48 and 18 of 210, 30 of 662 readable (seventy-seventh
    # round, two of whose rules came from this set); rules only 0.996, 0.650, 0.921 (0.996, 0.698,
    # 0.925 with the lists). Blind (after the seventy-sixth round): 0.996, 0.920, 0.910, 2 office
    # holders, 34 readable.
    "toets157": Floors(0.99, 0.93, 0.91, 3, 21, 36, 0.99, 0.64, 0.91),
    # measured 0.988, 0.969, 0.976, 2 of 47 and 3 of 236, 24 of 658 readable (seventy-ninth
    # round, tuned on this set); rules only 0.938, 0.820, 0.981 (0.938, 0.846, 0.988 with the
    # lists). Blind (after the seventy-eighth round): 0.977, 0.952, 0.963, 2 office holders, 30
    # readable.
    "toets158": Floors(0.98, 0.96, 0.97, 3, 5, 30, 0.93, 0.81, 0.97),
    # measured 0.996, 0.957, 0.952, 3 of 49 and 19 of 218, 22 of 681 readable (seventy-ninth
    # round, tuned on this set); rules only 0.988, 0.783, 0.964 (the same with the lists). Blind
    # (after the seventy-eighth round): 0.979, 0.924, 0.934, 4 office holders, 39 readable.
    "toets159": Floors(0.99, 0.95, 0.94, 4, 21, 28, 0.98, 0.77, 0.95),
    # measured 1.000, 0.943, 0.989, 0 of 43 and 1 of 180, 12 of 567 readable (eighty-first
    # round, tuned on this set); rules only 0.995, 0.801, 0.982 (0.995, 0.822, 0.986 with the
    # lists). Blind (after the seventy-ninth round): 0.876, 0.898, 0.981, 0 office holders, 45
    # readable.
    "toets160": Floors(0.99, 0.93, 0.98, 1, 2, 16, 0.99, 0.79, 0.97),
    # measured 0.996, 0.968, 0.984, 5 of 44 and 9 of 194, 18 of 616 readable (eighty-second
    # round, tuned on this set); rules only 1.000, 0.698, 0.981 (0.996, 0.734, 0.987 with the
    # lists). Blind (after the eighty-first round): 0.996, 0.938, 0.938, 12 office holders, 21
    # readable.
    "toets161": Floors(0.99, 0.95, 0.97, 6, 11, 22, 0.99, 0.69, 0.97),
    # measured 1.000, 0.974, 0.975, 8 of 45 and 14 of 216, 12 of 616 readable (eighty-third
    # round, tuned on this set); rules only 0.925, 0.775, 0.965 (0.925, 0.792, 0.974 with the
    # lists). Blind (after the eighty-second round): 1.000, 0.900, 0.956, 13 office holders, 36
    # readable.
    "toets162": Floors(0.99, 0.96, 0.96, 9, 16, 15, 0.91, 0.76, 0.95),
    # measured 0.993, 0.913, 0.960, 10 of 43 and 20 of 209, 25 of 605 readable (eighty-fourth
    # round, tuned on this set); rules only 0.978, 0.791, 0.952 (0.978, 0.801, 0.975 with the
    # lists). Blind (after the eighty-second round): 0.993, 0.868, 0.924, 19 office holders, 39
    # readable.
    "toets163": Floors(0.98, 0.90, 0.94, 11, 22, 28, 0.96, 0.77, 0.93),
    # not used for tuning: measured once, blind, after the eighty-second round: 1.000, 0.908,
    # 0.915, 11 of 45 office holders and 34 of 209 public values redacted, 27 of 553 readable;
    # rules only 0.995, 0.755, 0.894 (0.995, 0.755, 0.924 with the lists).
    "toets164": Floors(0.99, 0.89, 0.90, 12, 36, 30, 0.98, 0.74, 0.88),
    # not used for tuning: measured once, blind, after the eighty-third round: 0.995, 0.896,
    # 0.946, 14 of 44 office holders and 27 of 189 public values redacted, 42 of 587 readable;
    # rules only 0.974, 0.752, 0.947 (the same with the lists).
    "toets165": Floors(0.98, 0.88, 0.93, 15, 29, 46, 0.96, 0.74, 0.93),
    # measured 1.000, 0.930, 0.928, 9 of 44 and 27 of 180, 25 of 525 readable (eighty-fifth
    # round, tuned on this set); rules only 1.000, 0.710, 0.933 (1.000, 0.710, 0.935 with the
    # lists). Blind (after the eighty-third round): 0.990, 0.847, 0.924, 9 office holders, 52
    # readable.
    "toets166": Floors(0.99, 0.91, 0.91, 10, 29, 28, 0.98, 0.69, 0.92),
    # measured 1.000, 0.934, 0.955, 11 of 44 and 16 of 190, 18 of 524 readable (eighty-sixth
    # round, tuned on this set); rules only 1.000, 0.819, 0.935 (1.000, 0.819, 0.954 with the
    # lists). Blind (after the eighty-fourth round): 0.990, 0.885, 0.950, 13 office holders, 36
    # readable.
    "toets167": Floors(0.99, 0.92, 0.94, 12, 18, 22, 0.99, 0.80, 0.92),
    # measured 0.974, 0.942, 0.973, 9 of 43 and 12 of 184, 25 of 531 readable (eighty-eighth
    # round, tuned on this set); rules only 0.974, 0.772, 0.958 (0.974, 0.785, 0.972 with the
    # lists). Blind (after the eighty-fourth round): 0.969, 0.889, 0.963, 13 office holders, 39
    # readable.
    "toets168": Floors(0.96, 0.93, 0.96, 10, 14, 28, 0.96, 0.76, 0.95),
    # measured 0.984, 0.932, 0.951, 13 of 44 and 13 of 197, 22 of 542 readable (eighty-eighth
    # round, tuned on this set); rules only 0.979, 0.813, 0.959 (0.979, 0.813, 0.962 with the
    # lists). Blind (after the eighty-sixth round): 0.984, 0.887, 0.946, 13 office holders, 34
    # readable.
    "toets169": Floors(0.97, 0.92, 0.94, 14, 15, 25, 0.96, 0.80, 0.95),
    # measured 0.931, 0.886, 0.933, 9 of 43 and 23 of 197, 50 of 535 readable (eighty-seventh
    # round, tuned on this set); rules only 0.931, 0.749, 0.940 (0.931, 0.749, 0.942 with the
    # lists). Blind (after the eighty-sixth round): 0.920, 0.886, 0.889, 9 office holders, 52
    # readable.
    "toets170": Floors(0.92, 0.87, 0.92, 10, 25, 53, 0.92, 0.73, 0.93),
    # measured 0.984, 0.935, 0.921, 14 of 43 and 23 of 180, 23 of 549 readable (eighty-ninth
    # round, tuned on this set); rules only 0.984, 0.879, 0.931 (0.984, 0.869, 0.939 with the
    # lists). Blind (after the eighty-seventh round): 0.984, 0.928, 0.917, 16 office holders, 25
    # readable.
    "toets171": Floors(0.97, 0.92, 0.90, 15, 25, 26, 0.97, 0.85, 0.91),
    # measured 0.987, 0.969, 0.950, 10 of 42 and 11 of 192, 16 of 566 readable (eighty-ninth
    # round, tuned on this set); rules only 0.973, 0.815, 0.961 (0.973, 0.821, 0.961 with the
    # lists). Blind (after the eighty-seventh round): 0.978, 0.935, 0.940, 15 office holders, 29
    # readable.
    "toets172": Floors(0.97, 0.95, 0.93, 11, 13, 19, 0.96, 0.80, 0.94),
    # measured 0.991, 0.924, 0.961, 9 of 42 and 11 of 183, 23 of 534 readable (ninetieth round,
    # tuned on this set); rules only 0.991, 0.862, 0.966 (0.991, 0.865, 0.970 with the lists).
    # Blind (after the eighty-eighth round): 0.991, 0.931, 0.943, 17 office holders, 23
    # readable (the eighty-ninth round kept more office holders and two namesakes with them).
    "toets173": Floors(0.98, 0.91, 0.95, 10, 13, 26, 0.98, 0.85, 0.95),
    # measured 0.986, 0.970, 0.959, 9 of 42 and 14 of 199, 14 of 559 readable (ninetieth round,
    # tuned on this set); rules only 0.982, 0.845, 0.951 (0.982, 0.857, 0.963 with the lists).
    # Blind (after the eighty-eighth round): 0.982, 0.967, 0.924, 15 office holders, 15
    # readable.
    "toets174": Floors(0.97, 0.95, 0.94, 10, 16, 17, 0.97, 0.83, 0.94),
    # measured 0.991, 0.961, 0.973, 6 of 43 and 12 of 177, 15 of 562 readable (ninetieth round,
    # tuned on this set); rules only 0.986, 0.783, 0.971 (0.986, 0.870, 0.975 with the lists).
    # Blind (after the eighty-ninth round): 0.991, 0.955, 0.955, 8 office holders, 17 readable.
    "toets175": Floors(0.98, 0.95, 0.96, 7, 14, 18, 0.97, 0.77, 0.96),
    # measured 0.995, 0.958, 0.945, 12 of 44 and 19 of 184, 17 of 604 readable (ninetieth round,
    # tuned on this set); rules only 0.995, 0.668, 0.933 (0.995, 0.856, 0.948 with the lists).
    # Blind (after the eighty-ninth round): 0.995, 0.922, 0.931, 16 office holders, 29 readable.
    "toets176": Floors(0.99, 0.94, 0.93, 13, 21, 20, 0.99, 0.65, 0.92),
    # measured 0.978, 0.952, 0.946, 11 of 44 and 24 of 184, 20 of 610 readable (ninety-first
    # round, tuned on this set); rules only 0.978, 0.865, 0.945 (0.978, 0.899, 0.956 with the
    # lists). Blind (after the ninetieth round): 0.939, 0.827, 0.939, 11 office holders, 68
    # readable.
    "toets177": Floors(0.97, 0.94, 0.93, 12, 26, 24, 0.97, 0.85, 0.93),
    # measured 0.989, 0.965, 0.947, 13 of 41 and 23 of 192, 15 of 556 readable (ninety-first
    # round, tuned on this set); rules only 0.989, 0.783, 0.944 (0.989, 0.847, 0.946 with the
    # lists). Blind (after the ninetieth round): 0.989, 0.934, 0.937, 13 office holders, 27
    # readable.
    "toets178": Floors(0.98, 0.95, 0.93, 14, 25, 19, 0.98, 0.77, 0.93),
    # measured 0.972, 0.939, 0.955, 7 of 44 and 11 of 205, 26 of 543 readable (ninety-first
    # round, tuned on this set); rules only 0.943, 0.837, 0.950 (0.943, 0.837, 0.959 with the
    # lists). Blind (after the ninetieth round): 0.957, 0.939, 0.953, 7 office holders, 28
    # readable.
    "toets179": Floors(0.96, 0.93, 0.94, 8, 13, 30, 0.94, 0.82, 0.94),
    # measured 0.977, 0.923, 0.957, 11 of 42 and 16 of 183, 26 of 547 readable (ninety-first
    # round, tuned on this set); rules only 0.955, 0.774, 0.962 (0.955, 0.754, 0.965 with the
    # lists). Blind (after the ninetieth round): 0.932, 0.900, 0.955, 11 office holders, 46
    # readable.
    "toets180": Floors(0.97, 0.91, 0.94, 12, 18, 30, 0.95, 0.74, 0.95),
    # measured 0.938, 0.924, 0.938, 9 of 43 and 14 of 193, 36 of 513 readable (ninety-second
    # round, tuned on this set); rules only 0.938, 0.849, 0.951 (0.938, 0.858, 0.955 with the
    # lists). Blind (after the ninetieth round): 0.926, 0.864, 0.926, 9 office holders, 59
    # readable.
    "toets181": Floors(0.92, 0.90, 0.92, 10, 16, 40, 0.92, 0.83, 0.94),
    # measured 0.901, 0.961, 0.958, 14 of 38 and 18 of 175, 38 of 609 readable (ninety-second
    # round, tuned on this set); rules only 0.901, 0.784, 0.966 (0.901, 0.790, 0.968 with the
    # lists). Blind (after the ninetieth round): 0.890, 0.954, 0.954, 14 office holders, 44
    # readable. (Registration numbers for tourist rental, annotated here as personal, are kept
    # references in seven earlier sets.)
    "toets182": Floors(0.89, 0.94, 0.94, 15, 20, 42, 0.89, 0.77, 0.95),
    # measured 0.846, 0.954, 0.969, 8 of 43 and 12 of 184, 47 of 591 readable (ninety-second
    # round, tuned on this set); rules only 0.846, 0.824, 0.978 (0.846, 0.844, 0.980 with the
    # lists). Blind (after the ninety-first round): 0.839, 0.937, 0.969, 8 office holders, 53
    # readable. (Assessment and parking permit numbers, annotated here as personal, are kept
    # references in earlier sets.)
    "toets183": Floors(0.83, 0.94, 0.95, 9, 14, 51, 0.83, 0.81, 0.96),
    # measured 0.840, 0.958, 0.950, 17 of 43 and 20 of 179, 44 of 564 readable (ninety-second
    # round, tuned on this set); rules only 0.835, 0.699, 0.959 (0.835, 0.783, 0.962 with the
    # lists). Blind (after the ninety-first round): 0.825, 0.941, 0.949, 17 office holders, 53
    # readable. (Assessment and debtor numbers, annotated here as personal, are kept
    # references in earlier sets.)
    "toets184": Floors(0.82, 0.94, 0.93, 18, 22, 48, 0.82, 0.68, 0.94),
    # measured 0.989, 0.943, 0.961, 18 of 44 and 20 of 211, 22 of 597 readable (ninety-third
    # round, tuned on this set); rules only 0.973, 0.724, 0.973 (0.973, 0.780, 0.975 with the
    # lists). Blind (after the ninety-first round): 0.973, 0.920, 0.960, 18 office holders, 30
    # readable.
    "toets185": Floors(0.98, 0.93, 0.95, 19, 22, 26, 0.96, 0.71, 0.96),
    # measured 1.000, 0.939, 0.952, 15 of 44 and 21 of 215, 25 of 638 readable (ninety-third
    # round, tuned on this set); rules only 1.000, 0.751, 0.954 (1.000, 0.797, 0.962 with the
    # lists). Blind (after the ninety-first round): 0.949, 0.890, 0.949, 15 office holders, 47
    # readable.
    "toets186": Floors(0.99, 0.92, 0.94, 16, 23, 29, 0.99, 0.74, 0.94),
    # measured 0.960, 0.967, 0.955, 10 of 42 and 18 of 208, 16 of 606 readable (ninety-fourth
    # round, tuned on this set); rules only 0.955, 0.799, 0.938 (0.955, 0.813, 0.960 with the
    # lists). Blind (after the ninety-second round): 0.960, 0.961, 0.933, 10 office holders, 22
    # readable.
    "toets187": Floors(0.95, 0.94, 0.94, 11, 20, 20, 0.94, 0.78, 0.92),
    # measured 0.951, 0.977, 0.948, 14 of 44 and 20 of 217, 20 of 568 readable (ninety-fourth
    # round, tuned on this set); rules only 0.942, 0.830, 0.959 (0.942, 0.868, 0.960 with the
    # lists). Blind (after the ninety-second round): 0.888, 0.906, 0.932, 14 office holders, 52
    # readable.
    "toets188": Floors(0.94, 0.95, 0.93, 15, 22, 24, 0.93, 0.81, 0.94),
    # measured 0.995, 0.947, 0.974, 6 of 44 and 7 of 206, 18 of 591 readable (ninety-fifth
    # round, tuned on this set); rules only 0.979, 0.773, 0.979 (0.989, 0.804, 0.981 with the
    # lists). Blind (after the ninety-third round): 0.995, 0.918, 0.973, 6 office holders, 31
    # readable.
    "toets189": Floors(0.98, 0.92, 0.96, 7, 9, 22, 0.96, 0.76, 0.96),
    # measured 0.995, 0.930, 0.955, 15 of 42 and 17 of 205, 23 of 582 readable (ninety-fifth
    # round, tuned on this set); rules only 0.995, 0.846, 0.965 (0.995, 0.860, 0.967 with the
    # lists). Blind (after the ninety-third round): 0.902, 0.927, 0.945, 17 office holders, 43
    # readable.
    "toets190": Floors(0.98, 0.90, 0.94, 16, 19, 27, 0.98, 0.83, 0.95),
    # measured 0.975, 0.929, 0.936, 17 of 44 and 20 of 200, 29 of 600 readable (ninety-sixth
    # round, tuned on this set); rules only 0.980, 0.914, 0.945 (0.980, 0.914, 0.948 with the
    # lists). Blind (after the ninety-fourth round): 0.926, 0.929, 0.911, 17 office holders, 41
    # readable.
    "toets191": Floors(0.96, 0.90, 0.92, 18, 22, 33, 0.97, 0.90, 0.93),
    # measured 0.972, 0.915, 0.954, 11 of 43 and 13 of 184, 31 of 642 readable (ninety-sixth
    # round, tuned on this set); rules only 0.972, 0.860, 0.950 (0.972, 0.866, 0.954 with the
    # lists). Blind (after the ninety-fourth round): 0.924, 0.909, 0.951, 11 office holders, 47
    # readable.
    "toets192": Floors(0.96, 0.89, 0.94, 12, 15, 35, 0.96, 0.84, 0.93),
    # measured 0.968, 0.966, 0.953, 15 of 42 and 17 of 189, 22 of 604 readable (ninety-seventh
    # round, tuned on this set); rules only 0.968, 0.874, 0.966 (0.968, 0.886, 0.966 with the
    # lists). Blind (after the ninety-fifth round): 0.869, 0.951, 0.947, 15 office holders, 51
    # readable.
    "toets193": Floors(0.95, 0.94, 0.94, 16, 19, 26, 0.95, 0.86, 0.95),
    # measured 1.000, 0.951, 0.948, 11 of 44 and 14 of 174, 16 of 593 readable (ninety-seventh
    # round, tuned on this set); rules only 1.000, 0.854, 0.957 (1.000, 0.857, 0.957 with the
    # lists). Blind (after the ninety-fifth round): 0.966, 0.917, 0.944, 11 office holders, 39
    # readable.
    "toets194": Floors(0.99, 0.93, 0.93, 12, 16, 20, 0.99, 0.84, 0.94),
    # measured 0.883, 0.930, 0.972, 5 of 45 and 9 of 215, 44 of 588 readable (ninety-eighth
    # round, tuned on this set); rules only 0.875, 0.783, 0.971 (0.875, 0.832, 0.977 with the
    # lists). Blind (after the ninety-fifth round): 0.875, 0.927, 0.972, 5 office holders, 46
    # readable.
    "toets195": Floors(0.87, 0.90, 0.96, 6, 11, 48, 0.86, 0.77, 0.96),
    # measured 0.946, 0.944, 0.959, 12 of 43 and 14 of 208, 29 of 588 readable (ninety-eighth
    # round, tuned on this set); rules only 0.942, 0.845, 0.960 (the same with the lists).
    # Blind (after the ninety-fifth round): 0.937, 0.932, 0.952, 12 office holders, 36 readable.
    "toets196": Floors(0.93, 0.92, 0.94, 13, 16, 33, 0.93, 0.83, 0.94),
    # measured 0.980, 0.973, 0.952, 8 of 40 and 17 of 210, 21 of 613 readable (ninety-ninth
    # round, tuned on this set); rules only 0.966, 0.879, 0.959 (0.966, 0.847, 0.958 with the
    # lists). Blind (after the ninety-sixth round): 0.980, 0.944, 0.951, 8 office holders, 29
    # readable.
    "toets197": Floors(0.97, 0.95, 0.94, 9, 19, 25, 0.95, 0.83, 0.94),
    # measured 0.995, 0.940, 0.959, 9 of 44 and 16 of 201, 20 of 599 readable (ninety-ninth
    # round, tuned on this set, which changed nothing in it but the verification: 4 of 18
    # failed closed, blind 6); rules only 0.995, 0.874, 0.969 (the same with the lists). Blind
    # (after the ninety-sixth round): the same figures.
    "toets198": Floors(0.98, 0.91, 0.94, 10, 18, 24, 0.98, 0.86, 0.95),
    # measured 0.901, 0.915, 0.954, 7 of 43 and 21 of 205, 48 of 541 readable (hundredth round,
    # tuned on this set); rules only 0.901, 0.749, 0.952 (0.901, 0.791, 0.954 with the lists).
    # Blind (after the ninety-sixth round): 0.901, 0.912, 0.943, 7 office holders, 49 readable.
    "toets199": Floors(0.89, 0.90, 0.94, 8, 23, 52, 0.89, 0.73, 0.94),
    # measured 0.973, 0.918, 0.957, 5 of 43 and 10 of 188, 26 of 539 readable (hundredth round,
    # tuned on this set); rules only 0.973, 0.812, 0.954 (0.973, 0.873, 0.955 with the lists).
    # Blind (after the ninety-sixth round): 0.913, 0.885, 0.951, 5 office holders, 48 readable.
    "toets200": Floors(0.96, 0.90, 0.94, 6, 12, 30, 0.96, 0.80, 0.94),
    # measured 0.974, 0.939, 0.946, 6 of 42 and 15 of 188, 32 of 578 readable (hundred-and-first
    # round, tuned on this set); rules only 0.964, 0.798, 0.940 (0.964, 0.809, 0.952 with the
    # lists). Blind (after the ninety-seventh round): 0.969, 0.939, 0.941, 6 office holders, 33
    # readable.
    "toets201": Floors(0.96, 0.91, 0.93, 7, 17, 36, 0.95, 0.78, 0.93),
    # measured 0.933, 0.882, 0.946, 5 of 43 and 19 of 194, 46 of 581 readable (hundred-and-first
    # round, tuned on this set); rules only 0.938, 0.793, 0.948 (0.933, 0.793, 0.948 with the
    # lists). Blind (after the ninety-seventh round): 0.919, 0.879, 0.945, 5 office holders, 50
    # readable.
    "toets202": Floors(0.92, 0.86, 0.93, 6, 21, 50, 0.92, 0.78, 0.93),
    # measured 0.955, 0.964, 0.952, 13 of 43 and 18 of 213, 23 of 623 readable
    # (hundred-and-second round, tuned on this set); rules only 0.955, 0.878, 0.961 (0.955,
    # 0.887, 0.961 with the lists). Blind (after the ninety-eighth round): 0.947, 0.949, 0.948,
    # 13 office holders, 32 readable.
    "toets203": Floors(0.94, 0.94, 0.94, 14, 20, 27, 0.94, 0.86, 0.95),
    # measured 0.973, 0.965, 0.962, 7 of 42 and 14 of 205, 22 of 614 readable
    # (hundred-and-second round, tuned on this set); rules only 0.973, 0.909, 0.955 (0.973,
    # 0.912, 0.960 with the lists). Blind (after the ninety-eighth round): 0.964, 0.9499, 0.959,
    # 7 office holders, 28 readable.
    "toets204": Floors(0.96, 0.94, 0.95, 8, 16, 26, 0.96, 0.89, 0.94),
    # measured 0.980, 0.958, 0.941, 5 of 44 and 21 of 214, 21 of 562 readable
    # (hundred-and-third round, tuned on this set); rules only 0.960, 0.789, 0.935 (0.960,
    # 0.785, 0.937 with the lists). Blind (after the ninety-ninth round): 0.975, 0.939, 0.933,
    # 5 office holders, 33 readable.
    "toets205": Floors(0.97, 0.93, 0.93, 6, 23, 25, 0.95, 0.77, 0.92),
    # measured 0.977, 0.980, 0.955, 6 of 42 and 11 of 196, 15 of 569 readable
    # (hundred-and-third round, tuned on this set); rules only 0.977, 0.859, 0.952 (0.977,
    # 0.845, 0.955 with the lists). Blind (after the ninety-ninth round): 0.972, 0.974, 0.952,
    # 6 office holders, 18 readable.
    "toets206": Floors(0.96, 0.96, 0.94, 7, 13, 19, 0.96, 0.83, 0.94),
    # measured 0.973, 0.938, 0.956, 4 of 39 and 17 of 218, 22 of 587 readable
    # (hundred-and-fourth round, tuned on this set); rules only 0.979, 0.792, 0.970 (0.968,
    # 0.800, 0.970 with the lists). Blind (after the ninety-ninth round): 0.957, 0.918, 0.955,
    # 4 office holders, 31 readable.
    "toets207": Floors(0.96, 0.91, 0.94, 5, 19, 26, 0.95, 0.78, 0.95),
    # measured 0.923, 0.955, 0.963, 12 of 42 and 18 of 204, 33 of 617 readable
    # (hundred-and-fourth round, tuned on this set); rules only 0.915, 0.892, 0.965 (0.915,
    # 0.904, 0.965 with the lists). Blind (after the ninety-ninth round): 0.907, 0.928, 0.954,
    # 17 office holders, 37 readable.
    "toets208": Floors(0.91, 0.93, 0.95, 13, 20, 37, 0.90, 0.88, 0.95),
    # measured 0.968, 0.967, 0.964, 10 of 44 and 18 of 207, 19 of 639 readable
    # (hundred-and-fifth round, tuned on this set); rules only 0.968, 0.823, 0.966 (0.968,
    # 0.884, 0.969 with the lists). Blind (after the hundred-and-first round): 0.943, 0.945,
    # 0.955, 10 office holders, 28 readable.
    "toets209": Floors(0.95, 0.94, 0.95, 11, 20, 23, 0.95, 0.81, 0.95),
    # measured 0.892, 0.971, 0.951, 9 of 43 and 19 of 202, 36 of 599 readable
    # (hundred-and-fifth round, tuned on this set); rules only 0.892, 0.909, 0.956 (0.892,
    # 0.909, 0.966 with the lists). Blind (after the hundred-and-first round): 0.892, 0.971,
    # 0.951, 9 office holders, 38 readable.
    "toets210": Floors(0.88, 0.95, 0.94, 10, 21, 40, 0.88, 0.89, 0.94),
    # measured 0.972, 0.967, 0.978, 4 of 39 and 10 of 202, 24 of 643 readable
    # (hundred-and-sixth round, tuned on this set); rules only 0.961, 0.811, 0.958 (0.961,
    # 0.847, 0.978 with the lists). Blind (after the hundred-and-first round): 0.969, 0.964,
    # 0.968, 4 office holders, 25 readable.
    "toets211": Floors(0.96, 0.94, 0.96, 5, 12, 28, 0.95, 0.80, 0.94),
    # measured 0.934, 0.949, 0.963, 6 of 43 and 15 of 191, 35 of 634 readable
    # (hundred-and-sixth round, tuned on this set); rules only 0.915, 0.915, 0.964 (0.915,
    # 0.882, 0.973 with the lists). Blind (after the hundred-and-first round): 0.934, 0.943,
    # 0.958, 8 office holders, 37 readable.
    "toets212": Floors(0.92, 0.92, 0.95, 7, 17, 39, 0.90, 0.87, 0.95),
    # measured 0.981, 0.973, 0.960, 5 of 42 and 15 of 208, 13 of 555 readable
    # (hundred-and-seventh round, tuned on this set); rules only 0.981, 0.912, 0.930 (0.981,
    # 0.918, 0.962 with the lists). Blind (after the hundred-and-third round): 0.971, 0.966,
    # 0.949, 11 office holders, 19 readable.
    "toets213": Floors(0.97, 0.95, 0.94, 6, 17, 17, 0.97, 0.90, 0.92),
    # measured 0.958, 0.959, 0.961, 7 of 42 and 15 of 205, 28 of 647 readable
    # (hundred-and-seventh round, tuned on this set); rules only 0.941, 0.777, 0.967 (0.937,
    # 0.777, 0.968 with the lists). Blind (after the hundred-and-third round): 0.958, 0.953,
    # 0.953, 8 office holders, 28 readable.
    "toets214": Floors(0.94, 0.93, 0.95, 8, 17, 32, 0.92, 0.76, 0.95),
    # measured 0.963, 0.966, 0.973, 6 of 42 and 11 of 207, 19 of 585 readable
    # (hundred-and-eighth round, tuned on this set); rules only 0.958, 0.863, 0.960 (0.958,
    # 0.863, 0.973 with the lists). Blind (after the hundred-and-third round): 0.963, 0.963,
    # 0.964, 11 office holders, 23 readable.
    "toets215": Floors(0.95, 0.94, 0.96, 7, 13, 23, 0.94, 0.85, 0.95),
    # measured 0.944, 0.953, 0.951, 12 of 43 and 14 of 203, 30 of 583 readable
    # (hundred-and-eighth round, tuned on this set); rules only 0.936, 0.870, 0.956 (0.936,
    # 0.880, 0.967 with the lists). Blind (after the hundred-and-third round): 0.944, 0.947,
    # 0.940, 15 office holders, 30 readable.
    "toets216": Floors(0.93, 0.93, 0.94, 13, 16, 34, 0.92, 0.85, 0.94),
    # measured 0.968, 0.971, 0.951, 10 of 44 and 17 of 210, 17 of 600 readable
    # (hundred-and-ninth round, tuned on this set); rules only 0.948, 0.879, 0.950 (0.948,
    # 0.889, 0.951 with the lists). Blind (after the hundred-and-fourth round): 0.964, 0.961,
    # 0.939, 12 office holders, 20 readable.
    "toets217": Floors(0.95, 0.95, 0.94, 11, 19, 21, 0.93, 0.86, 0.93),
    # measured 0.965, 0.943, 0.972, 3 of 42 and 7 of 180, 30 of 616 readable
    # (hundred-and-ninth round, tuned on this set); rules only 0.965, 0.849, 0.977 (0.965,
    # 0.849, 0.979 with the lists). Blind (after the hundred-and-fourth round): 0.961, 0.912,
    # 0.952, 6 office holders, 40 readable.
    "toets218": Floors(0.95, 0.92, 0.96, 4, 9, 34, 0.95, 0.83, 0.96),
    # measured 0.983, 0.967, 0.973, 3 of 42 and 8 of 177, 17 of 636 readable
    # (hundred-and-tenth round, tuned on this set); rules only 0.965, 0.849, 0.976 (0.965,
    # 0.852, 0.976 with the lists). Blind (after the hundred-and-fourth round): 0.974, 0.959,
    # 0.967, 7 office holders, 22 readable.
    "toets219": Floors(0.97, 0.94, 0.96, 4, 10, 21, 0.95, 0.83, 0.96),
    # measured 0.966, 0.967, 0.963, 10 of 42 and 15 of 205, 21 of 597 readable
    # (hundred-and-tenth round, tuned on this set); rules only 0.966, 0.847, 0.951 (0.966,
    # 0.907, 0.966 with the lists). Blind (after the hundred-and-fourth round): 0.959, 0.940,
    # 0.956, 13 office holders, 32 readable.
    "toets220": Floors(0.95, 0.94, 0.95, 11, 17, 25, 0.95, 0.83, 0.94),
    # measured 0.975, 0.919, 0.962, 4 of 43 and 17 of 195, 36 of 614 readable
    # (hundred-and-eleventh round, tuned on this set); rules only 0.971, 0.784, 0.957 (0.971,
    # 0.795, 0.962 with the lists). Blind (after the hundred-and-sixth round): 0.975, 0.882,
    # 0.948, 7 office holders, 50 readable.
    "toets221": Floors(0.96, 0.89, 0.95, 5, 19, 40, 0.96, 0.77, 0.94),
    # measured 0.939, 0.967, 0.965, 12 of 44 and 15 of 210, 29 of 636 readable
    # (hundred-and-eleventh round, tuned on this set); rules only 0.936, 0.853, 0.963 (0.936,
    # 0.902, 0.966 with the lists). Blind (after the hundred-and-sixth round): 0.919, 0.961,
    # 0.954, 15 office holders, 37 readable.
    "toets222": Floors(0.92, 0.94, 0.95, 13, 17, 33, 0.92, 0.84, 0.95),
    # measured 0.985, 0.964, 0.964, 10 of 43 and 15 of 205, 17 of 627 readable
    # (hundred-and-twelfth round, tuned on this set); rules only 0.981, 0.792, 0.961 (0.981,
    # 0.825, 0.966 with the lists). Blind (after the hundred-and-sixth round): 0.981, 0.943,
    # 0.939, 13 office holders, 25 readable.
    "toets223": Floors(0.97, 0.94, 0.95, 11, 17, 21, 0.97, 0.78, 0.95),
    # measured 0.988, 0.969, 0.974, 6 of 41 and 9 of 213, 17 of 640 readable
    # (hundred-and-twelfth round, tuned on this set); rules only 0.988, 0.875, 0.971 (0.988,
    # 0.883, 0.974 with the lists). Blind (after the hundred-and-sixth round): 0.969, 0.929,
    # 0.948, 9 office holders, 30 readable.
    "toets224": Floors(0.97, 0.94, 0.96, 7, 11, 21, 0.97, 0.86, 0.96),
    # measured 0.971, 0.960, 0.967, 9 of 40 and 15 of 211, 18 of 575 readable
    # (hundred-and-thirteenth round, tuned on this set); rules only 0.967, 0.766, 0.952 (0.967,
    # 0.838, 0.968 with the lists). Blind (after the hundred-and-eighth round): 0.959, 0.947,
    # 0.958, 9 office holders, 26 readable.
    "toets225": Floors(0.96, 0.94, 0.95, 10, 17, 22, 0.95, 0.75, 0.94),
    # measured 0.965, 0.971, 0.969, 8 of 44 and 17 of 202, 29 of 609 readable
    # (hundred-and-thirteenth round, tuned on this set); rules only 0.965, 0.812, 0.969 (0.965,
    # 0.844, 0.970 with the lists). Blind (after the hundred-and-eighth round): 0.921, 0.971,
    # 0.968, 8 office holders, 39 readable.
    "toets226": Floors(0.95, 0.95, 0.95, 9, 19, 33, 0.95, 0.80, 0.95),
    # measured 0.979, 0.970, 0.978, 5 of 42 and 8 of 197, 15 of 599 readable
    # (hundred-and-fourteenth round, tuned on this set); rules only 0.979, 0.878, 0.975 (0.979,
    # 0.881, 0.977 with the lists). Blind (after the hundred-and-eighth round): 0.966, 0.948,
    # 0.966, 7 office holders, 26 readable.
    "toets227": Floors(0.97, 0.95, 0.96, 6, 10, 19, 0.97, 0.86, 0.96),
    # measured 0.985, 0.979, 0.948, 6 of 44 and 18 of 217, 8 of 557 readable
    # (hundred-and-fourteenth round, tuned on this set); rules only 0.985, 0.846, 0.949 (0.985,
    # 0.849, 0.953 with the lists). Blind (after the hundred-and-eighth round): 0.954, 0.973,
    # 0.933, 10 office holders, 16 readable.
    "toets228": Floors(0.97, 0.96, 0.93, 7, 20, 12, 0.97, 0.83, 0.93),
    # measured 0.954, 0.974, 0.964, 4 of 43 and 11 of 201, 16 of 546 readable
    # (hundred-and-fifteenth round, tuned on this set); rules only 0.940, 0.710, 0.953 (0.940,
    # 0.855, 0.961 with the lists). Blind (after the hundred-and-eleventh round): 0.954, 0.955,
    # 0.943, 12 office holders, 19 readable.
    "toets229": Floors(0.94, 0.95, 0.95, 5, 13, 20, 0.92, 0.69, 0.94),
    # measured 0.978, 0.970, 0.946, 5 of 43 and 13 of 189, 21 of 603 readable
    # (hundred-and-fifteenth round, tuned on this set); rules only 0.978, 0.785, 0.938 (0.978,
    # 0.830, 0.948 with the lists). Blind (after the hundred-and-eleventh round): 0.960, 0.949,
    # 0.945, 5 office holders, 32 readable.
    "toets230": Floors(0.96, 0.95, 0.93, 6, 15, 25, 0.96, 0.77, 0.92),
    # not used for tuning: measured once, blind, after the hundred-and-eleventh round: 0.949,
    # 0.974, 0.955, 6 of 43 office holders and 19 of 201 public values redacted, 20 of 565
    # readable; rules only 0.949, 0.757, 0.955 (0.949, 0.864, 0.961 with the lists).
    "toets231": Floors(0.93, 0.95, 0.94, 7, 21, 24, 0.93, 0.74, 0.94),
    # not used for tuning: measured once, blind, after the hundred-and-eleventh round: 0.901,
    # 0.950, 0.946, 6 of 39 office holders and 19 of 194 public values redacted, 41 of 569
    # readable; rules only 0.892, 0.857, 0.946 (0.892, 0.857, 0.949 with the lists).
    "toets232": Floors(0.89, 0.93, 0.93, 7, 21, 45, 0.88, 0.84, 0.93),
    # not used for tuning: measured once, blind, after the hundred-and-thirteenth round (its
    # re-reads): 0.950, 0.948, 0.966, 5 of 44 office holders and 14 of 200 public values
    # redacted, 28 of 562 readable; rules only 0.937, 0.820, 0.965 (0.937, 0.840, 0.969 with the
    # lists). The hundred-and-fourteenth round (made on toets227/228) changed none of it.
    "toets233": Floors(0.94, 0.92, 0.95, 6, 16, 32, 0.92, 0.81, 0.95),
    # not used for tuning: measured once, blind, after the hundred-and-thirteenth round: 0.946,
    # 0.969, 0.948, 12 of 45 office holders and 21 of 200 public values redacted, 38 of 610
    # readable; rules only 0.936, 0.839, 0.943 (0.936, 0.845, 0.946 with the lists).
    "toets234": Floors(0.93, 0.94, 0.93, 13, 23, 42, 0.92, 0.82, 0.93),
    # not used for tuning: measured once, blind, after the hundred-and-thirteenth round: 0.947,
    # 0.969, 0.947, 8 of 45 office holders and 19 of 190 public values redacted, 25 of 590
    # readable; rules only 0.934, 0.874, 0.962 (0.934, 0.874, 0.960 with the lists).
    "toets235": Floors(0.93, 0.94, 0.93, 9, 21, 29, 0.92, 0.86, 0.95),
    # not used for tuning: measured once, blind, after the hundred-and-thirteenth round: 0.903,
    # 0.968, 0.962, 6 of 43 office holders and 21 of 204 public values redacted, 34 of 602
    # readable; rules only 0.903, 0.868, 0.963 (0.903, 0.874, 0.964 with the lists).
    "toets236": Floors(0.89, 0.94, 0.95, 7, 23, 38, 0.89, 0.85, 0.95),
    # not used for tuning: measured once, blind, after the hundred-and-fourteenth round (its
    # re-read): 0.932, 0.924, 0.966, 10 of 42 office holders and 12 of 201 public values
    # redacted, 41 of 614 readable; rules only 0.928, 0.799, 0.975 (0.928, 0.803, 0.976 with the
    # lists). After the hundred-and-fifteenth round (made on toets229/230, not tuned on this
    # set): precision 0.973, 6 office holders, 8 public values; rules only names 0.796.
    "toets237": Floors(0.92, 0.90, 0.95, 11, 14, 45, 0.91, 0.78, 0.96),
    # not used for tuning: measured once, blind, after the hundred-and-fourteenth round: 0.980,
    # 0.965, 0.963, 5 of 41 office holders and 10 of 202 public values redacted, 21 of 614
    # readable; rules only 0.955, 0.758, 0.949 (0.955, 0.774, 0.960 with the lists). After the
    # hundred-and-fifteenth round: names 0.968, 20 readable.
    "toets238": Floors(0.97, 0.94, 0.95, 6, 12, 25, 0.94, 0.74, 0.93),
    # not used for tuning: measured once, blind, after the hundred-and-fourteenth round: 0.864,
    # 0.949, 0.969, 7 of 43 office holders and 10 of 195 public values redacted, 46 of 613
    # readable; rules only 0.860, 0.788, 0.977 (0.860, 0.788, 0.984 with the lists).
    "toets239": Floors(0.85, 0.92, 0.95, 8, 12, 50, 0.85, 0.77, 0.96),
    # not used for tuning: measured once, blind, after the hundred-and-fourteenth round: 0.976,
    # 0.969, 0.957, 4 of 45 office holders and 12 of 200 public values redacted, 18 of 603
    # readable; rules only 0.976, 0.831, 0.947 (0.976, 0.878, 0.965 with the lists). After the
    # hundred-and-fifteenth round: precision 0.959, 3 office holders, 11 public values.
    "toets240": Floors(0.96, 0.94, 0.94, 5, 14, 22, 0.96, 0.82, 0.93),
}
LOADERS = {name: partial(load_set, f"realistic_{name}") for name in FLOORS}
# not used for tuning: their floors sit under their blind figures
UNTUNED = frozenset(
    {
        "toets99",
        "toets100",
        "toets135",
        "toets137",
        "toets138",
        "toets164",
        "toets165",
        "toets231",
        "toets232",
        "toets233",
        "toets234",
        "toets235",
        "toets236",
        "toets237",
        "toets238",
        "toets239",
        "toets240",
    }
)
LEAK_CHECKED = [
    name
    for index, name in enumerate(FLOORS)
    if os.environ.get("WOO_EVALUATION") == "full" or index % 4 == 0 or name in UNTUNED
]


def _summary(figures: dict) -> str:
    return json.dumps({k: v for k, v in figures.items() if k != "per_type"})


# The kinds of value that do not recur by chance: a copied BSN, IBAN, number or address would
# tell of a set written from another. A date of birth, a house number ("nr. 14") or a common
# street with one ("Kerkstraat 19") does recur by chance among more than a hundred sets.
_UNIQUE_KINDS = {"bsn", "iban", "phone", "email", "kvk", "document_number", "kenteken"}


@cache
def _unique_values(name: str) -> frozenset[str]:
    """The identifiers to redact of one set, lower-cased; cached, as every later set compares
    itself with all sets before it (loading each set anew made that quadratic)."""
    loader = {"realistic": load_realistic, "toets": load_toets, **LOADERS}[name]
    return frozenset(
        span.text.lower()
        for example in loader()
        for span in example.spans
        if span.action == "redact" and span.type in _UNIQUE_KINDS
    )


@pytest.mark.parametrize("name", LOADERS)
def test_each_set_shares_no_value_to_redact_with_the_sets_before_it(name: str) -> None:
    earlier = ["realistic", "toets", *list(LOADERS)[: list(LOADERS).index(name)]]
    others = frozenset().union(*(_unique_values(set_name) for set_name in earlier))
    reused = {
        span.text
        for example in LOADERS[name]()
        for span in example.spans
        if span.action == "redact" and span.type in _UNIQUE_KINDS and span.text.lower() in others
    }
    assert len(reused) <= 2, reused  # a short number may recur by chance; identifiers may not


@pytest.mark.parametrize("name", LOADERS)
def test_with_the_model_lakken_meets_the_floors(name: str) -> None:
    examples, floors = LOADERS[name](), FLOORS[name]
    policy = DetectionPolicy(use_model=True)
    figures = evaluate(examples, policy)
    summary = _summary(figures)
    assert figures["recall_identifiers"] >= floors.identifiers, summary
    assert figures["recall_names"] >= floors.names, summary
    assert figures["precision"] >= floors.precision, summary
    assert figures["office_holders_redacted"] <= floors.office_holders_redacted, summary
    assert figures["public_values_redacted"] <= floors.public_values_redacted, summary


def test_the_leak_check_covers_every_untuned_set_and_a_quarter_of_the_others() -> None:
    assert UNTUNED <= set(LEAK_CHECKED) <= set(FLOORS)
    assert len(LEAK_CHECKED) >= len(FLOORS) // 4


@pytest.mark.parametrize("name", LEAK_CHECKED)
def test_the_redacted_pdfs_leak_no_more_than_the_floor(name: str) -> None:
    examples, floors = LOADERS[name](), FLOORS[name]
    leak = leak_check(examples, DetectionPolicy(use_model=True))
    assert leak["values_checked"] >= 350  # every set has 350 or more values to redact
    assert leak["values_leaked"] <= floors.values_leaked, leak["leaked_values"]


@pytest.mark.parametrize("name", LOADERS)
def test_rules_alone_meet_their_floors(name: str) -> None:
    floors = FLOORS[name]
    figures = evaluate(LOADERS[name](), DetectionPolicy(use_model=False))
    summary = _summary(figures)
    assert figures["recall_identifiers"] >= floors.rules_identifiers, summary
    assert figures["recall_names"] >= floors.rules_names, summary
    assert figures["precision"] >= floors.rules_precision, summary
