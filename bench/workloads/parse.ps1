# parse: generated, 10000 lines of function definitions. Expected: 2008
function f1($a) {
    $b = $a * 1 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1
}
function f2($a) {
    $b = $a * 2 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 2
}
function f3($a) {
    $b = $a * 3 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 3
}
function f4($a) {
    $b = $a * 4 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 4
}
function f5($a) {
    $b = $a * 5 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 5
}
function f6($a) {
    $b = $a * 6 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 6
}
function f7($a) {
    $b = $a * 7 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 7
}
function f8($a) {
    $b = $a * 8 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 8
}
function f9($a) {
    $b = $a * 9 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 9
}
function f10($a) {
    $b = $a * 10 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 10
}
function f11($a) {
    $b = $a * 11 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 11
}
function f12($a) {
    $b = $a * 12 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 12
}
function f13($a) {
    $b = $a * 13 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 13
}
function f14($a) {
    $b = $a * 14 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 14
}
function f15($a) {
    $b = $a * 15 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 15
}
function f16($a) {
    $b = $a * 16 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 16
}
function f17($a) {
    $b = $a * 17 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 17
}
function f18($a) {
    $b = $a * 18 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 18
}
function f19($a) {
    $b = $a * 19 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 19
}
function f20($a) {
    $b = $a * 20 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 20
}
function f21($a) {
    $b = $a * 21 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 21
}
function f22($a) {
    $b = $a * 22 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 22
}
function f23($a) {
    $b = $a * 23 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 23
}
function f24($a) {
    $b = $a * 24 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 24
}
function f25($a) {
    $b = $a * 25 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 25
}
function f26($a) {
    $b = $a * 26 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 26
}
function f27($a) {
    $b = $a * 27 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 27
}
function f28($a) {
    $b = $a * 28 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 28
}
function f29($a) {
    $b = $a * 29 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 29
}
function f30($a) {
    $b = $a * 30 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 30
}
function f31($a) {
    $b = $a * 31 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 31
}
function f32($a) {
    $b = $a * 32 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 32
}
function f33($a) {
    $b = $a * 33 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 33
}
function f34($a) {
    $b = $a * 34 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 34
}
function f35($a) {
    $b = $a * 35 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 35
}
function f36($a) {
    $b = $a * 36 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 36
}
function f37($a) {
    $b = $a * 37 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 37
}
function f38($a) {
    $b = $a * 38 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 38
}
function f39($a) {
    $b = $a * 39 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 39
}
function f40($a) {
    $b = $a * 40 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 40
}
function f41($a) {
    $b = $a * 41 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 41
}
function f42($a) {
    $b = $a * 42 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 42
}
function f43($a) {
    $b = $a * 43 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 43
}
function f44($a) {
    $b = $a * 44 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 44
}
function f45($a) {
    $b = $a * 45 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 45
}
function f46($a) {
    $b = $a * 46 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 46
}
function f47($a) {
    $b = $a * 47 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 47
}
function f48($a) {
    $b = $a * 48 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 48
}
function f49($a) {
    $b = $a * 49 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 49
}
function f50($a) {
    $b = $a * 50 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 50
}
function f51($a) {
    $b = $a * 51 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 51
}
function f52($a) {
    $b = $a * 52 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 52
}
function f53($a) {
    $b = $a * 53 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 53
}
function f54($a) {
    $b = $a * 54 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 54
}
function f55($a) {
    $b = $a * 55 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 55
}
function f56($a) {
    $b = $a * 56 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 56
}
function f57($a) {
    $b = $a * 57 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 57
}
function f58($a) {
    $b = $a * 58 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 58
}
function f59($a) {
    $b = $a * 59 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 59
}
function f60($a) {
    $b = $a * 60 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 60
}
function f61($a) {
    $b = $a * 61 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 61
}
function f62($a) {
    $b = $a * 62 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 62
}
function f63($a) {
    $b = $a * 63 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 63
}
function f64($a) {
    $b = $a * 64 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 64
}
function f65($a) {
    $b = $a * 65 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 65
}
function f66($a) {
    $b = $a * 66 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 66
}
function f67($a) {
    $b = $a * 67 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 67
}
function f68($a) {
    $b = $a * 68 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 68
}
function f69($a) {
    $b = $a * 69 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 69
}
function f70($a) {
    $b = $a * 70 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 70
}
function f71($a) {
    $b = $a * 71 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 71
}
function f72($a) {
    $b = $a * 72 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 72
}
function f73($a) {
    $b = $a * 73 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 73
}
function f74($a) {
    $b = $a * 74 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 74
}
function f75($a) {
    $b = $a * 75 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 75
}
function f76($a) {
    $b = $a * 76 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 76
}
function f77($a) {
    $b = $a * 77 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 77
}
function f78($a) {
    $b = $a * 78 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 78
}
function f79($a) {
    $b = $a * 79 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 79
}
function f80($a) {
    $b = $a * 80 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 80
}
function f81($a) {
    $b = $a * 81 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 81
}
function f82($a) {
    $b = $a * 82 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 82
}
function f83($a) {
    $b = $a * 83 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 83
}
function f84($a) {
    $b = $a * 84 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 84
}
function f85($a) {
    $b = $a * 85 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 85
}
function f86($a) {
    $b = $a * 86 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 86
}
function f87($a) {
    $b = $a * 87 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 87
}
function f88($a) {
    $b = $a * 88 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 88
}
function f89($a) {
    $b = $a * 89 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 89
}
function f90($a) {
    $b = $a * 90 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 90
}
function f91($a) {
    $b = $a * 91 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 91
}
function f92($a) {
    $b = $a * 92 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 92
}
function f93($a) {
    $b = $a * 93 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 93
}
function f94($a) {
    $b = $a * 94 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 94
}
function f95($a) {
    $b = $a * 95 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 95
}
function f96($a) {
    $b = $a * 96 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 96
}
function f97($a) {
    $b = $a * 97 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 97
}
function f98($a) {
    $b = $a * 98 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 98
}
function f99($a) {
    $b = $a * 99 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 99
}
function f100($a) {
    $b = $a * 100 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 100
}
function f101($a) {
    $b = $a * 101 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 101
}
function f102($a) {
    $b = $a * 102 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 102
}
function f103($a) {
    $b = $a * 103 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 103
}
function f104($a) {
    $b = $a * 104 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 104
}
function f105($a) {
    $b = $a * 105 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 105
}
function f106($a) {
    $b = $a * 106 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 106
}
function f107($a) {
    $b = $a * 107 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 107
}
function f108($a) {
    $b = $a * 108 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 108
}
function f109($a) {
    $b = $a * 109 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 109
}
function f110($a) {
    $b = $a * 110 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 110
}
function f111($a) {
    $b = $a * 111 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 111
}
function f112($a) {
    $b = $a * 112 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 112
}
function f113($a) {
    $b = $a * 113 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 113
}
function f114($a) {
    $b = $a * 114 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 114
}
function f115($a) {
    $b = $a * 115 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 115
}
function f116($a) {
    $b = $a * 116 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 116
}
function f117($a) {
    $b = $a * 117 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 117
}
function f118($a) {
    $b = $a * 118 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 118
}
function f119($a) {
    $b = $a * 119 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 119
}
function f120($a) {
    $b = $a * 120 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 120
}
function f121($a) {
    $b = $a * 121 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 121
}
function f122($a) {
    $b = $a * 122 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 122
}
function f123($a) {
    $b = $a * 123 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 123
}
function f124($a) {
    $b = $a * 124 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 124
}
function f125($a) {
    $b = $a * 125 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 125
}
function f126($a) {
    $b = $a * 126 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 126
}
function f127($a) {
    $b = $a * 127 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 127
}
function f128($a) {
    $b = $a * 128 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 128
}
function f129($a) {
    $b = $a * 129 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 129
}
function f130($a) {
    $b = $a * 130 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 130
}
function f131($a) {
    $b = $a * 131 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 131
}
function f132($a) {
    $b = $a * 132 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 132
}
function f133($a) {
    $b = $a * 133 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 133
}
function f134($a) {
    $b = $a * 134 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 134
}
function f135($a) {
    $b = $a * 135 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 135
}
function f136($a) {
    $b = $a * 136 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 136
}
function f137($a) {
    $b = $a * 137 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 137
}
function f138($a) {
    $b = $a * 138 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 138
}
function f139($a) {
    $b = $a * 139 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 139
}
function f140($a) {
    $b = $a * 140 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 140
}
function f141($a) {
    $b = $a * 141 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 141
}
function f142($a) {
    $b = $a * 142 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 142
}
function f143($a) {
    $b = $a * 143 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 143
}
function f144($a) {
    $b = $a * 144 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 144
}
function f145($a) {
    $b = $a * 145 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 145
}
function f146($a) {
    $b = $a * 146 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 146
}
function f147($a) {
    $b = $a * 147 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 147
}
function f148($a) {
    $b = $a * 148 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 148
}
function f149($a) {
    $b = $a * 149 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 149
}
function f150($a) {
    $b = $a * 150 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 150
}
function f151($a) {
    $b = $a * 151 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 151
}
function f152($a) {
    $b = $a * 152 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 152
}
function f153($a) {
    $b = $a * 153 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 153
}
function f154($a) {
    $b = $a * 154 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 154
}
function f155($a) {
    $b = $a * 155 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 155
}
function f156($a) {
    $b = $a * 156 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 156
}
function f157($a) {
    $b = $a * 157 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 157
}
function f158($a) {
    $b = $a * 158 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 158
}
function f159($a) {
    $b = $a * 159 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 159
}
function f160($a) {
    $b = $a * 160 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 160
}
function f161($a) {
    $b = $a * 161 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 161
}
function f162($a) {
    $b = $a * 162 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 162
}
function f163($a) {
    $b = $a * 163 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 163
}
function f164($a) {
    $b = $a * 164 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 164
}
function f165($a) {
    $b = $a * 165 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 165
}
function f166($a) {
    $b = $a * 166 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 166
}
function f167($a) {
    $b = $a * 167 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 167
}
function f168($a) {
    $b = $a * 168 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 168
}
function f169($a) {
    $b = $a * 169 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 169
}
function f170($a) {
    $b = $a * 170 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 170
}
function f171($a) {
    $b = $a * 171 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 171
}
function f172($a) {
    $b = $a * 172 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 172
}
function f173($a) {
    $b = $a * 173 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 173
}
function f174($a) {
    $b = $a * 174 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 174
}
function f175($a) {
    $b = $a * 175 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 175
}
function f176($a) {
    $b = $a * 176 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 176
}
function f177($a) {
    $b = $a * 177 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 177
}
function f178($a) {
    $b = $a * 178 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 178
}
function f179($a) {
    $b = $a * 179 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 179
}
function f180($a) {
    $b = $a * 180 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 180
}
function f181($a) {
    $b = $a * 181 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 181
}
function f182($a) {
    $b = $a * 182 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 182
}
function f183($a) {
    $b = $a * 183 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 183
}
function f184($a) {
    $b = $a * 184 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 184
}
function f185($a) {
    $b = $a * 185 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 185
}
function f186($a) {
    $b = $a * 186 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 186
}
function f187($a) {
    $b = $a * 187 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 187
}
function f188($a) {
    $b = $a * 188 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 188
}
function f189($a) {
    $b = $a * 189 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 189
}
function f190($a) {
    $b = $a * 190 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 190
}
function f191($a) {
    $b = $a * 191 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 191
}
function f192($a) {
    $b = $a * 192 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 192
}
function f193($a) {
    $b = $a * 193 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 193
}
function f194($a) {
    $b = $a * 194 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 194
}
function f195($a) {
    $b = $a * 195 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 195
}
function f196($a) {
    $b = $a * 196 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 196
}
function f197($a) {
    $b = $a * 197 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 197
}
function f198($a) {
    $b = $a * 198 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 198
}
function f199($a) {
    $b = $a * 199 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 199
}
function f200($a) {
    $b = $a * 200 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 200
}
function f201($a) {
    $b = $a * 201 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 201
}
function f202($a) {
    $b = $a * 202 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 202
}
function f203($a) {
    $b = $a * 203 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 203
}
function f204($a) {
    $b = $a * 204 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 204
}
function f205($a) {
    $b = $a * 205 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 205
}
function f206($a) {
    $b = $a * 206 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 206
}
function f207($a) {
    $b = $a * 207 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 207
}
function f208($a) {
    $b = $a * 208 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 208
}
function f209($a) {
    $b = $a * 209 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 209
}
function f210($a) {
    $b = $a * 210 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 210
}
function f211($a) {
    $b = $a * 211 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 211
}
function f212($a) {
    $b = $a * 212 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 212
}
function f213($a) {
    $b = $a * 213 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 213
}
function f214($a) {
    $b = $a * 214 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 214
}
function f215($a) {
    $b = $a * 215 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 215
}
function f216($a) {
    $b = $a * 216 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 216
}
function f217($a) {
    $b = $a * 217 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 217
}
function f218($a) {
    $b = $a * 218 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 218
}
function f219($a) {
    $b = $a * 219 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 219
}
function f220($a) {
    $b = $a * 220 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 220
}
function f221($a) {
    $b = $a * 221 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 221
}
function f222($a) {
    $b = $a * 222 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 222
}
function f223($a) {
    $b = $a * 223 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 223
}
function f224($a) {
    $b = $a * 224 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 224
}
function f225($a) {
    $b = $a * 225 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 225
}
function f226($a) {
    $b = $a * 226 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 226
}
function f227($a) {
    $b = $a * 227 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 227
}
function f228($a) {
    $b = $a * 228 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 228
}
function f229($a) {
    $b = $a * 229 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 229
}
function f230($a) {
    $b = $a * 230 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 230
}
function f231($a) {
    $b = $a * 231 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 231
}
function f232($a) {
    $b = $a * 232 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 232
}
function f233($a) {
    $b = $a * 233 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 233
}
function f234($a) {
    $b = $a * 234 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 234
}
function f235($a) {
    $b = $a * 235 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 235
}
function f236($a) {
    $b = $a * 236 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 236
}
function f237($a) {
    $b = $a * 237 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 237
}
function f238($a) {
    $b = $a * 238 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 238
}
function f239($a) {
    $b = $a * 239 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 239
}
function f240($a) {
    $b = $a * 240 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 240
}
function f241($a) {
    $b = $a * 241 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 241
}
function f242($a) {
    $b = $a * 242 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 242
}
function f243($a) {
    $b = $a * 243 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 243
}
function f244($a) {
    $b = $a * 244 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 244
}
function f245($a) {
    $b = $a * 245 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 245
}
function f246($a) {
    $b = $a * 246 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 246
}
function f247($a) {
    $b = $a * 247 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 247
}
function f248($a) {
    $b = $a * 248 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 248
}
function f249($a) {
    $b = $a * 249 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 249
}
function f250($a) {
    $b = $a * 250 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 250
}
function f251($a) {
    $b = $a * 251 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 251
}
function f252($a) {
    $b = $a * 252 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 252
}
function f253($a) {
    $b = $a * 253 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 253
}
function f254($a) {
    $b = $a * 254 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 254
}
function f255($a) {
    $b = $a * 255 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 255
}
function f256($a) {
    $b = $a * 256 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 256
}
function f257($a) {
    $b = $a * 257 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 257
}
function f258($a) {
    $b = $a * 258 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 258
}
function f259($a) {
    $b = $a * 259 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 259
}
function f260($a) {
    $b = $a * 260 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 260
}
function f261($a) {
    $b = $a * 261 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 261
}
function f262($a) {
    $b = $a * 262 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 262
}
function f263($a) {
    $b = $a * 263 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 263
}
function f264($a) {
    $b = $a * 264 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 264
}
function f265($a) {
    $b = $a * 265 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 265
}
function f266($a) {
    $b = $a * 266 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 266
}
function f267($a) {
    $b = $a * 267 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 267
}
function f268($a) {
    $b = $a * 268 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 268
}
function f269($a) {
    $b = $a * 269 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 269
}
function f270($a) {
    $b = $a * 270 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 270
}
function f271($a) {
    $b = $a * 271 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 271
}
function f272($a) {
    $b = $a * 272 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 272
}
function f273($a) {
    $b = $a * 273 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 273
}
function f274($a) {
    $b = $a * 274 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 274
}
function f275($a) {
    $b = $a * 275 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 275
}
function f276($a) {
    $b = $a * 276 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 276
}
function f277($a) {
    $b = $a * 277 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 277
}
function f278($a) {
    $b = $a * 278 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 278
}
function f279($a) {
    $b = $a * 279 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 279
}
function f280($a) {
    $b = $a * 280 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 280
}
function f281($a) {
    $b = $a * 281 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 281
}
function f282($a) {
    $b = $a * 282 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 282
}
function f283($a) {
    $b = $a * 283 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 283
}
function f284($a) {
    $b = $a * 284 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 284
}
function f285($a) {
    $b = $a * 285 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 285
}
function f286($a) {
    $b = $a * 286 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 286
}
function f287($a) {
    $b = $a * 287 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 287
}
function f288($a) {
    $b = $a * 288 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 288
}
function f289($a) {
    $b = $a * 289 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 289
}
function f290($a) {
    $b = $a * 290 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 290
}
function f291($a) {
    $b = $a * 291 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 291
}
function f292($a) {
    $b = $a * 292 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 292
}
function f293($a) {
    $b = $a * 293 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 293
}
function f294($a) {
    $b = $a * 294 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 294
}
function f295($a) {
    $b = $a * 295 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 295
}
function f296($a) {
    $b = $a * 296 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 296
}
function f297($a) {
    $b = $a * 297 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 297
}
function f298($a) {
    $b = $a * 298 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 298
}
function f299($a) {
    $b = $a * 299 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 299
}
function f300($a) {
    $b = $a * 300 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 300
}
function f301($a) {
    $b = $a * 301 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 301
}
function f302($a) {
    $b = $a * 302 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 302
}
function f303($a) {
    $b = $a * 303 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 303
}
function f304($a) {
    $b = $a * 304 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 304
}
function f305($a) {
    $b = $a * 305 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 305
}
function f306($a) {
    $b = $a * 306 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 306
}
function f307($a) {
    $b = $a * 307 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 307
}
function f308($a) {
    $b = $a * 308 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 308
}
function f309($a) {
    $b = $a * 309 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 309
}
function f310($a) {
    $b = $a * 310 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 310
}
function f311($a) {
    $b = $a * 311 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 311
}
function f312($a) {
    $b = $a * 312 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 312
}
function f313($a) {
    $b = $a * 313 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 313
}
function f314($a) {
    $b = $a * 314 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 314
}
function f315($a) {
    $b = $a * 315 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 315
}
function f316($a) {
    $b = $a * 316 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 316
}
function f317($a) {
    $b = $a * 317 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 317
}
function f318($a) {
    $b = $a * 318 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 318
}
function f319($a) {
    $b = $a * 319 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 319
}
function f320($a) {
    $b = $a * 320 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 320
}
function f321($a) {
    $b = $a * 321 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 321
}
function f322($a) {
    $b = $a * 322 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 322
}
function f323($a) {
    $b = $a * 323 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 323
}
function f324($a) {
    $b = $a * 324 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 324
}
function f325($a) {
    $b = $a * 325 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 325
}
function f326($a) {
    $b = $a * 326 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 326
}
function f327($a) {
    $b = $a * 327 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 327
}
function f328($a) {
    $b = $a * 328 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 328
}
function f329($a) {
    $b = $a * 329 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 329
}
function f330($a) {
    $b = $a * 330 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 330
}
function f331($a) {
    $b = $a * 331 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 331
}
function f332($a) {
    $b = $a * 332 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 332
}
function f333($a) {
    $b = $a * 333 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 333
}
function f334($a) {
    $b = $a * 334 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 334
}
function f335($a) {
    $b = $a * 335 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 335
}
function f336($a) {
    $b = $a * 336 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 336
}
function f337($a) {
    $b = $a * 337 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 337
}
function f338($a) {
    $b = $a * 338 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 338
}
function f339($a) {
    $b = $a * 339 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 339
}
function f340($a) {
    $b = $a * 340 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 340
}
function f341($a) {
    $b = $a * 341 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 341
}
function f342($a) {
    $b = $a * 342 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 342
}
function f343($a) {
    $b = $a * 343 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 343
}
function f344($a) {
    $b = $a * 344 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 344
}
function f345($a) {
    $b = $a * 345 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 345
}
function f346($a) {
    $b = $a * 346 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 346
}
function f347($a) {
    $b = $a * 347 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 347
}
function f348($a) {
    $b = $a * 348 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 348
}
function f349($a) {
    $b = $a * 349 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 349
}
function f350($a) {
    $b = $a * 350 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 350
}
function f351($a) {
    $b = $a * 351 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 351
}
function f352($a) {
    $b = $a * 352 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 352
}
function f353($a) {
    $b = $a * 353 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 353
}
function f354($a) {
    $b = $a * 354 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 354
}
function f355($a) {
    $b = $a * 355 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 355
}
function f356($a) {
    $b = $a * 356 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 356
}
function f357($a) {
    $b = $a * 357 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 357
}
function f358($a) {
    $b = $a * 358 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 358
}
function f359($a) {
    $b = $a * 359 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 359
}
function f360($a) {
    $b = $a * 360 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 360
}
function f361($a) {
    $b = $a * 361 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 361
}
function f362($a) {
    $b = $a * 362 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 362
}
function f363($a) {
    $b = $a * 363 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 363
}
function f364($a) {
    $b = $a * 364 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 364
}
function f365($a) {
    $b = $a * 365 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 365
}
function f366($a) {
    $b = $a * 366 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 366
}
function f367($a) {
    $b = $a * 367 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 367
}
function f368($a) {
    $b = $a * 368 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 368
}
function f369($a) {
    $b = $a * 369 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 369
}
function f370($a) {
    $b = $a * 370 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 370
}
function f371($a) {
    $b = $a * 371 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 371
}
function f372($a) {
    $b = $a * 372 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 372
}
function f373($a) {
    $b = $a * 373 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 373
}
function f374($a) {
    $b = $a * 374 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 374
}
function f375($a) {
    $b = $a * 375 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 375
}
function f376($a) {
    $b = $a * 376 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 376
}
function f377($a) {
    $b = $a * 377 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 377
}
function f378($a) {
    $b = $a * 378 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 378
}
function f379($a) {
    $b = $a * 379 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 379
}
function f380($a) {
    $b = $a * 380 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 380
}
function f381($a) {
    $b = $a * 381 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 381
}
function f382($a) {
    $b = $a * 382 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 382
}
function f383($a) {
    $b = $a * 383 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 383
}
function f384($a) {
    $b = $a * 384 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 384
}
function f385($a) {
    $b = $a * 385 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 385
}
function f386($a) {
    $b = $a * 386 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 386
}
function f387($a) {
    $b = $a * 387 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 387
}
function f388($a) {
    $b = $a * 388 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 388
}
function f389($a) {
    $b = $a * 389 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 389
}
function f390($a) {
    $b = $a * 390 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 390
}
function f391($a) {
    $b = $a * 391 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 391
}
function f392($a) {
    $b = $a * 392 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 392
}
function f393($a) {
    $b = $a * 393 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 393
}
function f394($a) {
    $b = $a * 394 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 394
}
function f395($a) {
    $b = $a * 395 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 395
}
function f396($a) {
    $b = $a * 396 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 396
}
function f397($a) {
    $b = $a * 397 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 397
}
function f398($a) {
    $b = $a * 398 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 398
}
function f399($a) {
    $b = $a * 399 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 399
}
function f400($a) {
    $b = $a * 400 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 400
}
function f401($a) {
    $b = $a * 401 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 401
}
function f402($a) {
    $b = $a * 402 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 402
}
function f403($a) {
    $b = $a * 403 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 403
}
function f404($a) {
    $b = $a * 404 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 404
}
function f405($a) {
    $b = $a * 405 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 405
}
function f406($a) {
    $b = $a * 406 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 406
}
function f407($a) {
    $b = $a * 407 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 407
}
function f408($a) {
    $b = $a * 408 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 408
}
function f409($a) {
    $b = $a * 409 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 409
}
function f410($a) {
    $b = $a * 410 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 410
}
function f411($a) {
    $b = $a * 411 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 411
}
function f412($a) {
    $b = $a * 412 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 412
}
function f413($a) {
    $b = $a * 413 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 413
}
function f414($a) {
    $b = $a * 414 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 414
}
function f415($a) {
    $b = $a * 415 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 415
}
function f416($a) {
    $b = $a * 416 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 416
}
function f417($a) {
    $b = $a * 417 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 417
}
function f418($a) {
    $b = $a * 418 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 418
}
function f419($a) {
    $b = $a * 419 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 419
}
function f420($a) {
    $b = $a * 420 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 420
}
function f421($a) {
    $b = $a * 421 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 421
}
function f422($a) {
    $b = $a * 422 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 422
}
function f423($a) {
    $b = $a * 423 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 423
}
function f424($a) {
    $b = $a * 424 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 424
}
function f425($a) {
    $b = $a * 425 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 425
}
function f426($a) {
    $b = $a * 426 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 426
}
function f427($a) {
    $b = $a * 427 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 427
}
function f428($a) {
    $b = $a * 428 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 428
}
function f429($a) {
    $b = $a * 429 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 429
}
function f430($a) {
    $b = $a * 430 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 430
}
function f431($a) {
    $b = $a * 431 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 431
}
function f432($a) {
    $b = $a * 432 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 432
}
function f433($a) {
    $b = $a * 433 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 433
}
function f434($a) {
    $b = $a * 434 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 434
}
function f435($a) {
    $b = $a * 435 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 435
}
function f436($a) {
    $b = $a * 436 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 436
}
function f437($a) {
    $b = $a * 437 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 437
}
function f438($a) {
    $b = $a * 438 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 438
}
function f439($a) {
    $b = $a * 439 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 439
}
function f440($a) {
    $b = $a * 440 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 440
}
function f441($a) {
    $b = $a * 441 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 441
}
function f442($a) {
    $b = $a * 442 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 442
}
function f443($a) {
    $b = $a * 443 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 443
}
function f444($a) {
    $b = $a * 444 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 444
}
function f445($a) {
    $b = $a * 445 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 445
}
function f446($a) {
    $b = $a * 446 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 446
}
function f447($a) {
    $b = $a * 447 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 447
}
function f448($a) {
    $b = $a * 448 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 448
}
function f449($a) {
    $b = $a * 449 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 449
}
function f450($a) {
    $b = $a * 450 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 450
}
function f451($a) {
    $b = $a * 451 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 451
}
function f452($a) {
    $b = $a * 452 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 452
}
function f453($a) {
    $b = $a * 453 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 453
}
function f454($a) {
    $b = $a * 454 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 454
}
function f455($a) {
    $b = $a * 455 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 455
}
function f456($a) {
    $b = $a * 456 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 456
}
function f457($a) {
    $b = $a * 457 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 457
}
function f458($a) {
    $b = $a * 458 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 458
}
function f459($a) {
    $b = $a * 459 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 459
}
function f460($a) {
    $b = $a * 460 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 460
}
function f461($a) {
    $b = $a * 461 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 461
}
function f462($a) {
    $b = $a * 462 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 462
}
function f463($a) {
    $b = $a * 463 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 463
}
function f464($a) {
    $b = $a * 464 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 464
}
function f465($a) {
    $b = $a * 465 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 465
}
function f466($a) {
    $b = $a * 466 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 466
}
function f467($a) {
    $b = $a * 467 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 467
}
function f468($a) {
    $b = $a * 468 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 468
}
function f469($a) {
    $b = $a * 469 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 469
}
function f470($a) {
    $b = $a * 470 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 470
}
function f471($a) {
    $b = $a * 471 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 471
}
function f472($a) {
    $b = $a * 472 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 472
}
function f473($a) {
    $b = $a * 473 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 473
}
function f474($a) {
    $b = $a * 474 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 474
}
function f475($a) {
    $b = $a * 475 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 475
}
function f476($a) {
    $b = $a * 476 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 476
}
function f477($a) {
    $b = $a * 477 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 477
}
function f478($a) {
    $b = $a * 478 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 478
}
function f479($a) {
    $b = $a * 479 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 479
}
function f480($a) {
    $b = $a * 480 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 480
}
function f481($a) {
    $b = $a * 481 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 481
}
function f482($a) {
    $b = $a * 482 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 482
}
function f483($a) {
    $b = $a * 483 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 483
}
function f484($a) {
    $b = $a * 484 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 484
}
function f485($a) {
    $b = $a * 485 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 485
}
function f486($a) {
    $b = $a * 486 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 486
}
function f487($a) {
    $b = $a * 487 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 487
}
function f488($a) {
    $b = $a * 488 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 488
}
function f489($a) {
    $b = $a * 489 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 489
}
function f490($a) {
    $b = $a * 490 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 490
}
function f491($a) {
    $b = $a * 491 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 491
}
function f492($a) {
    $b = $a * 492 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 492
}
function f493($a) {
    $b = $a * 493 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 493
}
function f494($a) {
    $b = $a * 494 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 494
}
function f495($a) {
    $b = $a * 495 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 495
}
function f496($a) {
    $b = $a * 496 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 496
}
function f497($a) {
    $b = $a * 497 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 497
}
function f498($a) {
    $b = $a * 498 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 498
}
function f499($a) {
    $b = $a * 499 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 499
}
function f500($a) {
    $b = $a * 500 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 500
}
function f501($a) {
    $b = $a * 501 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 501
}
function f502($a) {
    $b = $a * 502 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 502
}
function f503($a) {
    $b = $a * 503 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 503
}
function f504($a) {
    $b = $a * 504 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 504
}
function f505($a) {
    $b = $a * 505 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 505
}
function f506($a) {
    $b = $a * 506 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 506
}
function f507($a) {
    $b = $a * 507 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 507
}
function f508($a) {
    $b = $a * 508 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 508
}
function f509($a) {
    $b = $a * 509 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 509
}
function f510($a) {
    $b = $a * 510 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 510
}
function f511($a) {
    $b = $a * 511 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 511
}
function f512($a) {
    $b = $a * 512 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 512
}
function f513($a) {
    $b = $a * 513 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 513
}
function f514($a) {
    $b = $a * 514 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 514
}
function f515($a) {
    $b = $a * 515 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 515
}
function f516($a) {
    $b = $a * 516 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 516
}
function f517($a) {
    $b = $a * 517 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 517
}
function f518($a) {
    $b = $a * 518 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 518
}
function f519($a) {
    $b = $a * 519 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 519
}
function f520($a) {
    $b = $a * 520 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 520
}
function f521($a) {
    $b = $a * 521 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 521
}
function f522($a) {
    $b = $a * 522 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 522
}
function f523($a) {
    $b = $a * 523 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 523
}
function f524($a) {
    $b = $a * 524 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 524
}
function f525($a) {
    $b = $a * 525 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 525
}
function f526($a) {
    $b = $a * 526 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 526
}
function f527($a) {
    $b = $a * 527 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 527
}
function f528($a) {
    $b = $a * 528 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 528
}
function f529($a) {
    $b = $a * 529 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 529
}
function f530($a) {
    $b = $a * 530 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 530
}
function f531($a) {
    $b = $a * 531 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 531
}
function f532($a) {
    $b = $a * 532 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 532
}
function f533($a) {
    $b = $a * 533 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 533
}
function f534($a) {
    $b = $a * 534 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 534
}
function f535($a) {
    $b = $a * 535 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 535
}
function f536($a) {
    $b = $a * 536 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 536
}
function f537($a) {
    $b = $a * 537 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 537
}
function f538($a) {
    $b = $a * 538 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 538
}
function f539($a) {
    $b = $a * 539 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 539
}
function f540($a) {
    $b = $a * 540 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 540
}
function f541($a) {
    $b = $a * 541 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 541
}
function f542($a) {
    $b = $a * 542 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 542
}
function f543($a) {
    $b = $a * 543 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 543
}
function f544($a) {
    $b = $a * 544 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 544
}
function f545($a) {
    $b = $a * 545 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 545
}
function f546($a) {
    $b = $a * 546 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 546
}
function f547($a) {
    $b = $a * 547 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 547
}
function f548($a) {
    $b = $a * 548 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 548
}
function f549($a) {
    $b = $a * 549 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 549
}
function f550($a) {
    $b = $a * 550 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 550
}
function f551($a) {
    $b = $a * 551 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 551
}
function f552($a) {
    $b = $a * 552 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 552
}
function f553($a) {
    $b = $a * 553 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 553
}
function f554($a) {
    $b = $a * 554 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 554
}
function f555($a) {
    $b = $a * 555 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 555
}
function f556($a) {
    $b = $a * 556 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 556
}
function f557($a) {
    $b = $a * 557 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 557
}
function f558($a) {
    $b = $a * 558 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 558
}
function f559($a) {
    $b = $a * 559 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 559
}
function f560($a) {
    $b = $a * 560 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 560
}
function f561($a) {
    $b = $a * 561 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 561
}
function f562($a) {
    $b = $a * 562 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 562
}
function f563($a) {
    $b = $a * 563 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 563
}
function f564($a) {
    $b = $a * 564 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 564
}
function f565($a) {
    $b = $a * 565 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 565
}
function f566($a) {
    $b = $a * 566 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 566
}
function f567($a) {
    $b = $a * 567 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 567
}
function f568($a) {
    $b = $a * 568 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 568
}
function f569($a) {
    $b = $a * 569 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 569
}
function f570($a) {
    $b = $a * 570 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 570
}
function f571($a) {
    $b = $a * 571 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 571
}
function f572($a) {
    $b = $a * 572 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 572
}
function f573($a) {
    $b = $a * 573 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 573
}
function f574($a) {
    $b = $a * 574 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 574
}
function f575($a) {
    $b = $a * 575 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 575
}
function f576($a) {
    $b = $a * 576 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 576
}
function f577($a) {
    $b = $a * 577 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 577
}
function f578($a) {
    $b = $a * 578 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 578
}
function f579($a) {
    $b = $a * 579 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 579
}
function f580($a) {
    $b = $a * 580 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 580
}
function f581($a) {
    $b = $a * 581 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 581
}
function f582($a) {
    $b = $a * 582 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 582
}
function f583($a) {
    $b = $a * 583 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 583
}
function f584($a) {
    $b = $a * 584 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 584
}
function f585($a) {
    $b = $a * 585 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 585
}
function f586($a) {
    $b = $a * 586 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 586
}
function f587($a) {
    $b = $a * 587 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 587
}
function f588($a) {
    $b = $a * 588 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 588
}
function f589($a) {
    $b = $a * 589 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 589
}
function f590($a) {
    $b = $a * 590 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 590
}
function f591($a) {
    $b = $a * 591 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 591
}
function f592($a) {
    $b = $a * 592 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 592
}
function f593($a) {
    $b = $a * 593 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 593
}
function f594($a) {
    $b = $a * 594 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 594
}
function f595($a) {
    $b = $a * 595 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 595
}
function f596($a) {
    $b = $a * 596 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 596
}
function f597($a) {
    $b = $a * 597 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 597
}
function f598($a) {
    $b = $a * 598 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 598
}
function f599($a) {
    $b = $a * 599 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 599
}
function f600($a) {
    $b = $a * 600 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 600
}
function f601($a) {
    $b = $a * 601 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 601
}
function f602($a) {
    $b = $a * 602 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 602
}
function f603($a) {
    $b = $a * 603 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 603
}
function f604($a) {
    $b = $a * 604 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 604
}
function f605($a) {
    $b = $a * 605 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 605
}
function f606($a) {
    $b = $a * 606 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 606
}
function f607($a) {
    $b = $a * 607 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 607
}
function f608($a) {
    $b = $a * 608 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 608
}
function f609($a) {
    $b = $a * 609 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 609
}
function f610($a) {
    $b = $a * 610 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 610
}
function f611($a) {
    $b = $a * 611 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 611
}
function f612($a) {
    $b = $a * 612 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 612
}
function f613($a) {
    $b = $a * 613 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 613
}
function f614($a) {
    $b = $a * 614 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 614
}
function f615($a) {
    $b = $a * 615 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 615
}
function f616($a) {
    $b = $a * 616 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 616
}
function f617($a) {
    $b = $a * 617 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 617
}
function f618($a) {
    $b = $a * 618 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 618
}
function f619($a) {
    $b = $a * 619 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 619
}
function f620($a) {
    $b = $a * 620 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 620
}
function f621($a) {
    $b = $a * 621 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 621
}
function f622($a) {
    $b = $a * 622 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 622
}
function f623($a) {
    $b = $a * 623 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 623
}
function f624($a) {
    $b = $a * 624 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 624
}
function f625($a) {
    $b = $a * 625 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 625
}
function f626($a) {
    $b = $a * 626 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 626
}
function f627($a) {
    $b = $a * 627 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 627
}
function f628($a) {
    $b = $a * 628 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 628
}
function f629($a) {
    $b = $a * 629 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 629
}
function f630($a) {
    $b = $a * 630 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 630
}
function f631($a) {
    $b = $a * 631 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 631
}
function f632($a) {
    $b = $a * 632 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 632
}
function f633($a) {
    $b = $a * 633 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 633
}
function f634($a) {
    $b = $a * 634 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 634
}
function f635($a) {
    $b = $a * 635 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 635
}
function f636($a) {
    $b = $a * 636 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 636
}
function f637($a) {
    $b = $a * 637 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 637
}
function f638($a) {
    $b = $a * 638 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 638
}
function f639($a) {
    $b = $a * 639 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 639
}
function f640($a) {
    $b = $a * 640 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 640
}
function f641($a) {
    $b = $a * 641 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 641
}
function f642($a) {
    $b = $a * 642 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 642
}
function f643($a) {
    $b = $a * 643 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 643
}
function f644($a) {
    $b = $a * 644 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 644
}
function f645($a) {
    $b = $a * 645 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 645
}
function f646($a) {
    $b = $a * 646 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 646
}
function f647($a) {
    $b = $a * 647 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 647
}
function f648($a) {
    $b = $a * 648 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 648
}
function f649($a) {
    $b = $a * 649 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 649
}
function f650($a) {
    $b = $a * 650 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 650
}
function f651($a) {
    $b = $a * 651 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 651
}
function f652($a) {
    $b = $a * 652 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 652
}
function f653($a) {
    $b = $a * 653 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 653
}
function f654($a) {
    $b = $a * 654 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 654
}
function f655($a) {
    $b = $a * 655 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 655
}
function f656($a) {
    $b = $a * 656 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 656
}
function f657($a) {
    $b = $a * 657 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 657
}
function f658($a) {
    $b = $a * 658 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 658
}
function f659($a) {
    $b = $a * 659 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 659
}
function f660($a) {
    $b = $a * 660 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 660
}
function f661($a) {
    $b = $a * 661 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 661
}
function f662($a) {
    $b = $a * 662 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 662
}
function f663($a) {
    $b = $a * 663 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 663
}
function f664($a) {
    $b = $a * 664 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 664
}
function f665($a) {
    $b = $a * 665 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 665
}
function f666($a) {
    $b = $a * 666 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 666
}
function f667($a) {
    $b = $a * 667 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 667
}
function f668($a) {
    $b = $a * 668 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 668
}
function f669($a) {
    $b = $a * 669 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 669
}
function f670($a) {
    $b = $a * 670 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 670
}
function f671($a) {
    $b = $a * 671 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 671
}
function f672($a) {
    $b = $a * 672 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 672
}
function f673($a) {
    $b = $a * 673 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 673
}
function f674($a) {
    $b = $a * 674 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 674
}
function f675($a) {
    $b = $a * 675 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 675
}
function f676($a) {
    $b = $a * 676 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 676
}
function f677($a) {
    $b = $a * 677 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 677
}
function f678($a) {
    $b = $a * 678 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 678
}
function f679($a) {
    $b = $a * 679 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 679
}
function f680($a) {
    $b = $a * 680 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 680
}
function f681($a) {
    $b = $a * 681 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 681
}
function f682($a) {
    $b = $a * 682 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 682
}
function f683($a) {
    $b = $a * 683 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 683
}
function f684($a) {
    $b = $a * 684 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 684
}
function f685($a) {
    $b = $a * 685 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 685
}
function f686($a) {
    $b = $a * 686 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 686
}
function f687($a) {
    $b = $a * 687 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 687
}
function f688($a) {
    $b = $a * 688 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 688
}
function f689($a) {
    $b = $a * 689 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 689
}
function f690($a) {
    $b = $a * 690 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 690
}
function f691($a) {
    $b = $a * 691 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 691
}
function f692($a) {
    $b = $a * 692 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 692
}
function f693($a) {
    $b = $a * 693 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 693
}
function f694($a) {
    $b = $a * 694 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 694
}
function f695($a) {
    $b = $a * 695 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 695
}
function f696($a) {
    $b = $a * 696 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 696
}
function f697($a) {
    $b = $a * 697 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 697
}
function f698($a) {
    $b = $a * 698 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 698
}
function f699($a) {
    $b = $a * 699 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 699
}
function f700($a) {
    $b = $a * 700 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 700
}
function f701($a) {
    $b = $a * 701 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 701
}
function f702($a) {
    $b = $a * 702 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 702
}
function f703($a) {
    $b = $a * 703 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 703
}
function f704($a) {
    $b = $a * 704 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 704
}
function f705($a) {
    $b = $a * 705 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 705
}
function f706($a) {
    $b = $a * 706 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 706
}
function f707($a) {
    $b = $a * 707 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 707
}
function f708($a) {
    $b = $a * 708 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 708
}
function f709($a) {
    $b = $a * 709 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 709
}
function f710($a) {
    $b = $a * 710 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 710
}
function f711($a) {
    $b = $a * 711 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 711
}
function f712($a) {
    $b = $a * 712 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 712
}
function f713($a) {
    $b = $a * 713 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 713
}
function f714($a) {
    $b = $a * 714 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 714
}
function f715($a) {
    $b = $a * 715 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 715
}
function f716($a) {
    $b = $a * 716 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 716
}
function f717($a) {
    $b = $a * 717 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 717
}
function f718($a) {
    $b = $a * 718 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 718
}
function f719($a) {
    $b = $a * 719 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 719
}
function f720($a) {
    $b = $a * 720 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 720
}
function f721($a) {
    $b = $a * 721 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 721
}
function f722($a) {
    $b = $a * 722 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 722
}
function f723($a) {
    $b = $a * 723 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 723
}
function f724($a) {
    $b = $a * 724 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 724
}
function f725($a) {
    $b = $a * 725 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 725
}
function f726($a) {
    $b = $a * 726 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 726
}
function f727($a) {
    $b = $a * 727 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 727
}
function f728($a) {
    $b = $a * 728 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 728
}
function f729($a) {
    $b = $a * 729 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 729
}
function f730($a) {
    $b = $a * 730 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 730
}
function f731($a) {
    $b = $a * 731 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 731
}
function f732($a) {
    $b = $a * 732 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 732
}
function f733($a) {
    $b = $a * 733 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 733
}
function f734($a) {
    $b = $a * 734 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 734
}
function f735($a) {
    $b = $a * 735 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 735
}
function f736($a) {
    $b = $a * 736 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 736
}
function f737($a) {
    $b = $a * 737 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 737
}
function f738($a) {
    $b = $a * 738 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 738
}
function f739($a) {
    $b = $a * 739 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 739
}
function f740($a) {
    $b = $a * 740 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 740
}
function f741($a) {
    $b = $a * 741 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 741
}
function f742($a) {
    $b = $a * 742 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 742
}
function f743($a) {
    $b = $a * 743 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 743
}
function f744($a) {
    $b = $a * 744 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 744
}
function f745($a) {
    $b = $a * 745 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 745
}
function f746($a) {
    $b = $a * 746 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 746
}
function f747($a) {
    $b = $a * 747 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 747
}
function f748($a) {
    $b = $a * 748 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 748
}
function f749($a) {
    $b = $a * 749 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 749
}
function f750($a) {
    $b = $a * 750 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 750
}
function f751($a) {
    $b = $a * 751 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 751
}
function f752($a) {
    $b = $a * 752 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 752
}
function f753($a) {
    $b = $a * 753 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 753
}
function f754($a) {
    $b = $a * 754 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 754
}
function f755($a) {
    $b = $a * 755 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 755
}
function f756($a) {
    $b = $a * 756 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 756
}
function f757($a) {
    $b = $a * 757 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 757
}
function f758($a) {
    $b = $a * 758 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 758
}
function f759($a) {
    $b = $a * 759 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 759
}
function f760($a) {
    $b = $a * 760 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 760
}
function f761($a) {
    $b = $a * 761 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 761
}
function f762($a) {
    $b = $a * 762 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 762
}
function f763($a) {
    $b = $a * 763 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 763
}
function f764($a) {
    $b = $a * 764 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 764
}
function f765($a) {
    $b = $a * 765 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 765
}
function f766($a) {
    $b = $a * 766 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 766
}
function f767($a) {
    $b = $a * 767 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 767
}
function f768($a) {
    $b = $a * 768 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 768
}
function f769($a) {
    $b = $a * 769 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 769
}
function f770($a) {
    $b = $a * 770 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 770
}
function f771($a) {
    $b = $a * 771 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 771
}
function f772($a) {
    $b = $a * 772 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 772
}
function f773($a) {
    $b = $a * 773 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 773
}
function f774($a) {
    $b = $a * 774 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 774
}
function f775($a) {
    $b = $a * 775 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 775
}
function f776($a) {
    $b = $a * 776 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 776
}
function f777($a) {
    $b = $a * 777 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 777
}
function f778($a) {
    $b = $a * 778 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 778
}
function f779($a) {
    $b = $a * 779 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 779
}
function f780($a) {
    $b = $a * 780 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 780
}
function f781($a) {
    $b = $a * 781 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 781
}
function f782($a) {
    $b = $a * 782 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 782
}
function f783($a) {
    $b = $a * 783 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 783
}
function f784($a) {
    $b = $a * 784 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 784
}
function f785($a) {
    $b = $a * 785 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 785
}
function f786($a) {
    $b = $a * 786 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 786
}
function f787($a) {
    $b = $a * 787 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 787
}
function f788($a) {
    $b = $a * 788 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 788
}
function f789($a) {
    $b = $a * 789 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 789
}
function f790($a) {
    $b = $a * 790 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 790
}
function f791($a) {
    $b = $a * 791 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 791
}
function f792($a) {
    $b = $a * 792 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 792
}
function f793($a) {
    $b = $a * 793 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 793
}
function f794($a) {
    $b = $a * 794 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 794
}
function f795($a) {
    $b = $a * 795 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 795
}
function f796($a) {
    $b = $a * 796 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 796
}
function f797($a) {
    $b = $a * 797 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 797
}
function f798($a) {
    $b = $a * 798 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 798
}
function f799($a) {
    $b = $a * 799 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 799
}
function f800($a) {
    $b = $a * 800 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 800
}
function f801($a) {
    $b = $a * 801 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 801
}
function f802($a) {
    $b = $a * 802 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 802
}
function f803($a) {
    $b = $a * 803 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 803
}
function f804($a) {
    $b = $a * 804 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 804
}
function f805($a) {
    $b = $a * 805 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 805
}
function f806($a) {
    $b = $a * 806 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 806
}
function f807($a) {
    $b = $a * 807 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 807
}
function f808($a) {
    $b = $a * 808 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 808
}
function f809($a) {
    $b = $a * 809 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 809
}
function f810($a) {
    $b = $a * 810 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 810
}
function f811($a) {
    $b = $a * 811 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 811
}
function f812($a) {
    $b = $a * 812 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 812
}
function f813($a) {
    $b = $a * 813 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 813
}
function f814($a) {
    $b = $a * 814 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 814
}
function f815($a) {
    $b = $a * 815 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 815
}
function f816($a) {
    $b = $a * 816 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 816
}
function f817($a) {
    $b = $a * 817 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 817
}
function f818($a) {
    $b = $a * 818 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 818
}
function f819($a) {
    $b = $a * 819 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 819
}
function f820($a) {
    $b = $a * 820 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 820
}
function f821($a) {
    $b = $a * 821 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 821
}
function f822($a) {
    $b = $a * 822 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 822
}
function f823($a) {
    $b = $a * 823 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 823
}
function f824($a) {
    $b = $a * 824 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 824
}
function f825($a) {
    $b = $a * 825 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 825
}
function f826($a) {
    $b = $a * 826 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 826
}
function f827($a) {
    $b = $a * 827 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 827
}
function f828($a) {
    $b = $a * 828 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 828
}
function f829($a) {
    $b = $a * 829 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 829
}
function f830($a) {
    $b = $a * 830 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 830
}
function f831($a) {
    $b = $a * 831 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 831
}
function f832($a) {
    $b = $a * 832 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 832
}
function f833($a) {
    $b = $a * 833 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 833
}
function f834($a) {
    $b = $a * 834 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 834
}
function f835($a) {
    $b = $a * 835 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 835
}
function f836($a) {
    $b = $a * 836 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 836
}
function f837($a) {
    $b = $a * 837 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 837
}
function f838($a) {
    $b = $a * 838 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 838
}
function f839($a) {
    $b = $a * 839 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 839
}
function f840($a) {
    $b = $a * 840 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 840
}
function f841($a) {
    $b = $a * 841 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 841
}
function f842($a) {
    $b = $a * 842 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 842
}
function f843($a) {
    $b = $a * 843 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 843
}
function f844($a) {
    $b = $a * 844 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 844
}
function f845($a) {
    $b = $a * 845 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 845
}
function f846($a) {
    $b = $a * 846 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 846
}
function f847($a) {
    $b = $a * 847 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 847
}
function f848($a) {
    $b = $a * 848 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 848
}
function f849($a) {
    $b = $a * 849 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 849
}
function f850($a) {
    $b = $a * 850 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 850
}
function f851($a) {
    $b = $a * 851 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 851
}
function f852($a) {
    $b = $a * 852 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 852
}
function f853($a) {
    $b = $a * 853 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 853
}
function f854($a) {
    $b = $a * 854 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 854
}
function f855($a) {
    $b = $a * 855 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 855
}
function f856($a) {
    $b = $a * 856 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 856
}
function f857($a) {
    $b = $a * 857 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 857
}
function f858($a) {
    $b = $a * 858 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 858
}
function f859($a) {
    $b = $a * 859 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 859
}
function f860($a) {
    $b = $a * 860 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 860
}
function f861($a) {
    $b = $a * 861 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 861
}
function f862($a) {
    $b = $a * 862 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 862
}
function f863($a) {
    $b = $a * 863 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 863
}
function f864($a) {
    $b = $a * 864 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 864
}
function f865($a) {
    $b = $a * 865 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 865
}
function f866($a) {
    $b = $a * 866 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 866
}
function f867($a) {
    $b = $a * 867 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 867
}
function f868($a) {
    $b = $a * 868 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 868
}
function f869($a) {
    $b = $a * 869 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 869
}
function f870($a) {
    $b = $a * 870 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 870
}
function f871($a) {
    $b = $a * 871 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 871
}
function f872($a) {
    $b = $a * 872 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 872
}
function f873($a) {
    $b = $a * 873 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 873
}
function f874($a) {
    $b = $a * 874 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 874
}
function f875($a) {
    $b = $a * 875 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 875
}
function f876($a) {
    $b = $a * 876 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 876
}
function f877($a) {
    $b = $a * 877 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 877
}
function f878($a) {
    $b = $a * 878 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 878
}
function f879($a) {
    $b = $a * 879 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 879
}
function f880($a) {
    $b = $a * 880 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 880
}
function f881($a) {
    $b = $a * 881 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 881
}
function f882($a) {
    $b = $a * 882 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 882
}
function f883($a) {
    $b = $a * 883 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 883
}
function f884($a) {
    $b = $a * 884 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 884
}
function f885($a) {
    $b = $a * 885 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 885
}
function f886($a) {
    $b = $a * 886 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 886
}
function f887($a) {
    $b = $a * 887 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 887
}
function f888($a) {
    $b = $a * 888 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 888
}
function f889($a) {
    $b = $a * 889 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 889
}
function f890($a) {
    $b = $a * 890 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 890
}
function f891($a) {
    $b = $a * 891 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 891
}
function f892($a) {
    $b = $a * 892 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 892
}
function f893($a) {
    $b = $a * 893 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 893
}
function f894($a) {
    $b = $a * 894 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 894
}
function f895($a) {
    $b = $a * 895 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 895
}
function f896($a) {
    $b = $a * 896 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 896
}
function f897($a) {
    $b = $a * 897 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 897
}
function f898($a) {
    $b = $a * 898 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 898
}
function f899($a) {
    $b = $a * 899 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 899
}
function f900($a) {
    $b = $a * 900 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 900
}
function f901($a) {
    $b = $a * 901 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 901
}
function f902($a) {
    $b = $a * 902 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 902
}
function f903($a) {
    $b = $a * 903 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 903
}
function f904($a) {
    $b = $a * 904 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 904
}
function f905($a) {
    $b = $a * 905 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 905
}
function f906($a) {
    $b = $a * 906 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 906
}
function f907($a) {
    $b = $a * 907 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 907
}
function f908($a) {
    $b = $a * 908 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 908
}
function f909($a) {
    $b = $a * 909 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 909
}
function f910($a) {
    $b = $a * 910 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 910
}
function f911($a) {
    $b = $a * 911 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 911
}
function f912($a) {
    $b = $a * 912 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 912
}
function f913($a) {
    $b = $a * 913 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 913
}
function f914($a) {
    $b = $a * 914 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 914
}
function f915($a) {
    $b = $a * 915 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 915
}
function f916($a) {
    $b = $a * 916 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 916
}
function f917($a) {
    $b = $a * 917 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 917
}
function f918($a) {
    $b = $a * 918 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 918
}
function f919($a) {
    $b = $a * 919 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 919
}
function f920($a) {
    $b = $a * 920 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 920
}
function f921($a) {
    $b = $a * 921 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 921
}
function f922($a) {
    $b = $a * 922 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 922
}
function f923($a) {
    $b = $a * 923 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 923
}
function f924($a) {
    $b = $a * 924 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 924
}
function f925($a) {
    $b = $a * 925 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 925
}
function f926($a) {
    $b = $a * 926 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 926
}
function f927($a) {
    $b = $a * 927 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 927
}
function f928($a) {
    $b = $a * 928 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 928
}
function f929($a) {
    $b = $a * 929 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 929
}
function f930($a) {
    $b = $a * 930 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 930
}
function f931($a) {
    $b = $a * 931 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 931
}
function f932($a) {
    $b = $a * 932 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 932
}
function f933($a) {
    $b = $a * 933 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 933
}
function f934($a) {
    $b = $a * 934 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 934
}
function f935($a) {
    $b = $a * 935 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 935
}
function f936($a) {
    $b = $a * 936 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 936
}
function f937($a) {
    $b = $a * 937 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 937
}
function f938($a) {
    $b = $a * 938 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 938
}
function f939($a) {
    $b = $a * 939 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 939
}
function f940($a) {
    $b = $a * 940 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 940
}
function f941($a) {
    $b = $a * 941 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 941
}
function f942($a) {
    $b = $a * 942 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 942
}
function f943($a) {
    $b = $a * 943 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 943
}
function f944($a) {
    $b = $a * 944 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 944
}
function f945($a) {
    $b = $a * 945 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 945
}
function f946($a) {
    $b = $a * 946 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 946
}
function f947($a) {
    $b = $a * 947 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 947
}
function f948($a) {
    $b = $a * 948 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 948
}
function f949($a) {
    $b = $a * 949 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 949
}
function f950($a) {
    $b = $a * 950 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 950
}
function f951($a) {
    $b = $a * 951 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 951
}
function f952($a) {
    $b = $a * 952 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 952
}
function f953($a) {
    $b = $a * 953 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 953
}
function f954($a) {
    $b = $a * 954 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 954
}
function f955($a) {
    $b = $a * 955 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 955
}
function f956($a) {
    $b = $a * 956 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 956
}
function f957($a) {
    $b = $a * 957 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 957
}
function f958($a) {
    $b = $a * 958 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 958
}
function f959($a) {
    $b = $a * 959 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 959
}
function f960($a) {
    $b = $a * 960 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 960
}
function f961($a) {
    $b = $a * 961 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 961
}
function f962($a) {
    $b = $a * 962 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 962
}
function f963($a) {
    $b = $a * 963 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 963
}
function f964($a) {
    $b = $a * 964 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 964
}
function f965($a) {
    $b = $a * 965 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 965
}
function f966($a) {
    $b = $a * 966 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 966
}
function f967($a) {
    $b = $a * 967 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 967
}
function f968($a) {
    $b = $a * 968 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 968
}
function f969($a) {
    $b = $a * 969 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 969
}
function f970($a) {
    $b = $a * 970 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 970
}
function f971($a) {
    $b = $a * 971 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 971
}
function f972($a) {
    $b = $a * 972 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 972
}
function f973($a) {
    $b = $a * 973 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 973
}
function f974($a) {
    $b = $a * 974 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 974
}
function f975($a) {
    $b = $a * 975 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 975
}
function f976($a) {
    $b = $a * 976 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 976
}
function f977($a) {
    $b = $a * 977 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 977
}
function f978($a) {
    $b = $a * 978 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 978
}
function f979($a) {
    $b = $a * 979 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 979
}
function f980($a) {
    $b = $a * 980 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 980
}
function f981($a) {
    $b = $a * 981 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 981
}
function f982($a) {
    $b = $a * 982 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 982
}
function f983($a) {
    $b = $a * 983 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 983
}
function f984($a) {
    $b = $a * 984 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 984
}
function f985($a) {
    $b = $a * 985 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 985
}
function f986($a) {
    $b = $a * 986 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 986
}
function f987($a) {
    $b = $a * 987 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 987
}
function f988($a) {
    $b = $a * 988 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 988
}
function f989($a) {
    $b = $a * 989 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 989
}
function f990($a) {
    $b = $a * 990 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 990
}
function f991($a) {
    $b = $a * 991 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 991
}
function f992($a) {
    $b = $a * 992 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 992
}
function f993($a) {
    $b = $a * 993 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 993
}
function f994($a) {
    $b = $a * 994 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 994
}
function f995($a) {
    $b = $a * 995 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 995
}
function f996($a) {
    $b = $a * 996 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 996
}
function f997($a) {
    $b = $a * 997 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 997
}
function f998($a) {
    $b = $a * 998 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 998
}
function f999($a) {
    $b = $a * 999 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 999
}
function f1000($a) {
    $b = $a * 1000 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1000
}
function f1001($a) {
    $b = $a * 1001 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1001
}
function f1002($a) {
    $b = $a * 1002 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1002
}
function f1003($a) {
    $b = $a * 1003 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1003
}
function f1004($a) {
    $b = $a * 1004 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1004
}
function f1005($a) {
    $b = $a * 1005 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1005
}
function f1006($a) {
    $b = $a * 1006 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1006
}
function f1007($a) {
    $b = $a * 1007 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1007
}
function f1008($a) {
    $b = $a * 1008 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1008
}
function f1009($a) {
    $b = $a * 1009 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1009
}
function f1010($a) {
    $b = $a * 1010 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1010
}
function f1011($a) {
    $b = $a * 1011 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1011
}
function f1012($a) {
    $b = $a * 1012 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1012
}
function f1013($a) {
    $b = $a * 1013 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1013
}
function f1014($a) {
    $b = $a * 1014 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1014
}
function f1015($a) {
    $b = $a * 1015 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1015
}
function f1016($a) {
    $b = $a * 1016 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1016
}
function f1017($a) {
    $b = $a * 1017 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1017
}
function f1018($a) {
    $b = $a * 1018 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1018
}
function f1019($a) {
    $b = $a * 1019 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1019
}
function f1020($a) {
    $b = $a * 1020 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1020
}
function f1021($a) {
    $b = $a * 1021 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1021
}
function f1022($a) {
    $b = $a * 1022 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1022
}
function f1023($a) {
    $b = $a * 1023 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1023
}
function f1024($a) {
    $b = $a * 1024 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1024
}
function f1025($a) {
    $b = $a * 1025 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1025
}
function f1026($a) {
    $b = $a * 1026 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1026
}
function f1027($a) {
    $b = $a * 1027 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1027
}
function f1028($a) {
    $b = $a * 1028 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1028
}
function f1029($a) {
    $b = $a * 1029 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1029
}
function f1030($a) {
    $b = $a * 1030 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1030
}
function f1031($a) {
    $b = $a * 1031 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1031
}
function f1032($a) {
    $b = $a * 1032 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1032
}
function f1033($a) {
    $b = $a * 1033 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1033
}
function f1034($a) {
    $b = $a * 1034 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1034
}
function f1035($a) {
    $b = $a * 1035 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1035
}
function f1036($a) {
    $b = $a * 1036 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1036
}
function f1037($a) {
    $b = $a * 1037 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1037
}
function f1038($a) {
    $b = $a * 1038 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1038
}
function f1039($a) {
    $b = $a * 1039 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1039
}
function f1040($a) {
    $b = $a * 1040 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1040
}
function f1041($a) {
    $b = $a * 1041 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1041
}
function f1042($a) {
    $b = $a * 1042 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1042
}
function f1043($a) {
    $b = $a * 1043 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1043
}
function f1044($a) {
    $b = $a * 1044 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1044
}
function f1045($a) {
    $b = $a * 1045 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1045
}
function f1046($a) {
    $b = $a * 1046 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1046
}
function f1047($a) {
    $b = $a * 1047 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1047
}
function f1048($a) {
    $b = $a * 1048 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1048
}
function f1049($a) {
    $b = $a * 1049 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1049
}
function f1050($a) {
    $b = $a * 1050 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1050
}
function f1051($a) {
    $b = $a * 1051 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1051
}
function f1052($a) {
    $b = $a * 1052 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1052
}
function f1053($a) {
    $b = $a * 1053 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1053
}
function f1054($a) {
    $b = $a * 1054 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1054
}
function f1055($a) {
    $b = $a * 1055 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1055
}
function f1056($a) {
    $b = $a * 1056 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1056
}
function f1057($a) {
    $b = $a * 1057 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1057
}
function f1058($a) {
    $b = $a * 1058 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1058
}
function f1059($a) {
    $b = $a * 1059 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1059
}
function f1060($a) {
    $b = $a * 1060 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1060
}
function f1061($a) {
    $b = $a * 1061 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1061
}
function f1062($a) {
    $b = $a * 1062 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1062
}
function f1063($a) {
    $b = $a * 1063 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1063
}
function f1064($a) {
    $b = $a * 1064 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1064
}
function f1065($a) {
    $b = $a * 1065 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1065
}
function f1066($a) {
    $b = $a * 1066 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1066
}
function f1067($a) {
    $b = $a * 1067 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1067
}
function f1068($a) {
    $b = $a * 1068 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1068
}
function f1069($a) {
    $b = $a * 1069 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1069
}
function f1070($a) {
    $b = $a * 1070 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1070
}
function f1071($a) {
    $b = $a * 1071 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1071
}
function f1072($a) {
    $b = $a * 1072 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1072
}
function f1073($a) {
    $b = $a * 1073 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1073
}
function f1074($a) {
    $b = $a * 1074 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1074
}
function f1075($a) {
    $b = $a * 1075 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1075
}
function f1076($a) {
    $b = $a * 1076 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1076
}
function f1077($a) {
    $b = $a * 1077 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1077
}
function f1078($a) {
    $b = $a * 1078 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1078
}
function f1079($a) {
    $b = $a * 1079 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1079
}
function f1080($a) {
    $b = $a * 1080 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1080
}
function f1081($a) {
    $b = $a * 1081 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1081
}
function f1082($a) {
    $b = $a * 1082 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1082
}
function f1083($a) {
    $b = $a * 1083 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1083
}
function f1084($a) {
    $b = $a * 1084 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1084
}
function f1085($a) {
    $b = $a * 1085 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1085
}
function f1086($a) {
    $b = $a * 1086 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1086
}
function f1087($a) {
    $b = $a * 1087 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1087
}
function f1088($a) {
    $b = $a * 1088 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1088
}
function f1089($a) {
    $b = $a * 1089 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1089
}
function f1090($a) {
    $b = $a * 1090 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1090
}
function f1091($a) {
    $b = $a * 1091 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1091
}
function f1092($a) {
    $b = $a * 1092 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1092
}
function f1093($a) {
    $b = $a * 1093 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1093
}
function f1094($a) {
    $b = $a * 1094 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1094
}
function f1095($a) {
    $b = $a * 1095 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1095
}
function f1096($a) {
    $b = $a * 1096 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1096
}
function f1097($a) {
    $b = $a * 1097 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1097
}
function f1098($a) {
    $b = $a * 1098 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1098
}
function f1099($a) {
    $b = $a * 1099 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1099
}
function f1100($a) {
    $b = $a * 1100 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1100
}
function f1101($a) {
    $b = $a * 1101 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1101
}
function f1102($a) {
    $b = $a * 1102 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1102
}
function f1103($a) {
    $b = $a * 1103 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1103
}
function f1104($a) {
    $b = $a * 1104 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1104
}
function f1105($a) {
    $b = $a * 1105 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1105
}
function f1106($a) {
    $b = $a * 1106 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1106
}
function f1107($a) {
    $b = $a * 1107 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1107
}
function f1108($a) {
    $b = $a * 1108 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1108
}
function f1109($a) {
    $b = $a * 1109 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1109
}
function f1110($a) {
    $b = $a * 1110 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1110
}
function f1111($a) {
    $b = $a * 1111 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1111
}
function f1112($a) {
    $b = $a * 1112 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1112
}
function f1113($a) {
    $b = $a * 1113 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1113
}
function f1114($a) {
    $b = $a * 1114 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1114
}
function f1115($a) {
    $b = $a * 1115 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1115
}
function f1116($a) {
    $b = $a * 1116 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1116
}
function f1117($a) {
    $b = $a * 1117 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1117
}
function f1118($a) {
    $b = $a * 1118 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1118
}
function f1119($a) {
    $b = $a * 1119 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1119
}
function f1120($a) {
    $b = $a * 1120 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1120
}
function f1121($a) {
    $b = $a * 1121 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1121
}
function f1122($a) {
    $b = $a * 1122 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1122
}
function f1123($a) {
    $b = $a * 1123 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1123
}
function f1124($a) {
    $b = $a * 1124 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1124
}
function f1125($a) {
    $b = $a * 1125 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1125
}
function f1126($a) {
    $b = $a * 1126 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1126
}
function f1127($a) {
    $b = $a * 1127 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1127
}
function f1128($a) {
    $b = $a * 1128 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1128
}
function f1129($a) {
    $b = $a * 1129 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1129
}
function f1130($a) {
    $b = $a * 1130 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1130
}
function f1131($a) {
    $b = $a * 1131 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1131
}
function f1132($a) {
    $b = $a * 1132 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1132
}
function f1133($a) {
    $b = $a * 1133 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1133
}
function f1134($a) {
    $b = $a * 1134 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1134
}
function f1135($a) {
    $b = $a * 1135 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1135
}
function f1136($a) {
    $b = $a * 1136 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1136
}
function f1137($a) {
    $b = $a * 1137 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1137
}
function f1138($a) {
    $b = $a * 1138 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1138
}
function f1139($a) {
    $b = $a * 1139 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1139
}
function f1140($a) {
    $b = $a * 1140 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1140
}
function f1141($a) {
    $b = $a * 1141 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1141
}
function f1142($a) {
    $b = $a * 1142 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1142
}
function f1143($a) {
    $b = $a * 1143 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1143
}
function f1144($a) {
    $b = $a * 1144 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1144
}
function f1145($a) {
    $b = $a * 1145 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1145
}
function f1146($a) {
    $b = $a * 1146 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1146
}
function f1147($a) {
    $b = $a * 1147 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1147
}
function f1148($a) {
    $b = $a * 1148 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1148
}
function f1149($a) {
    $b = $a * 1149 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1149
}
function f1150($a) {
    $b = $a * 1150 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1150
}
function f1151($a) {
    $b = $a * 1151 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1151
}
function f1152($a) {
    $b = $a * 1152 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1152
}
function f1153($a) {
    $b = $a * 1153 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1153
}
function f1154($a) {
    $b = $a * 1154 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1154
}
function f1155($a) {
    $b = $a * 1155 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1155
}
function f1156($a) {
    $b = $a * 1156 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1156
}
function f1157($a) {
    $b = $a * 1157 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1157
}
function f1158($a) {
    $b = $a * 1158 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1158
}
function f1159($a) {
    $b = $a * 1159 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1159
}
function f1160($a) {
    $b = $a * 1160 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1160
}
function f1161($a) {
    $b = $a * 1161 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1161
}
function f1162($a) {
    $b = $a * 1162 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1162
}
function f1163($a) {
    $b = $a * 1163 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1163
}
function f1164($a) {
    $b = $a * 1164 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1164
}
function f1165($a) {
    $b = $a * 1165 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1165
}
function f1166($a) {
    $b = $a * 1166 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1166
}
function f1167($a) {
    $b = $a * 1167 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1167
}
function f1168($a) {
    $b = $a * 1168 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1168
}
function f1169($a) {
    $b = $a * 1169 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1169
}
function f1170($a) {
    $b = $a * 1170 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1170
}
function f1171($a) {
    $b = $a * 1171 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1171
}
function f1172($a) {
    $b = $a * 1172 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1172
}
function f1173($a) {
    $b = $a * 1173 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1173
}
function f1174($a) {
    $b = $a * 1174 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1174
}
function f1175($a) {
    $b = $a * 1175 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1175
}
function f1176($a) {
    $b = $a * 1176 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1176
}
function f1177($a) {
    $b = $a * 1177 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1177
}
function f1178($a) {
    $b = $a * 1178 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1178
}
function f1179($a) {
    $b = $a * 1179 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1179
}
function f1180($a) {
    $b = $a * 1180 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1180
}
function f1181($a) {
    $b = $a * 1181 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1181
}
function f1182($a) {
    $b = $a * 1182 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1182
}
function f1183($a) {
    $b = $a * 1183 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1183
}
function f1184($a) {
    $b = $a * 1184 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1184
}
function f1185($a) {
    $b = $a * 1185 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1185
}
function f1186($a) {
    $b = $a * 1186 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1186
}
function f1187($a) {
    $b = $a * 1187 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1187
}
function f1188($a) {
    $b = $a * 1188 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1188
}
function f1189($a) {
    $b = $a * 1189 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1189
}
function f1190($a) {
    $b = $a * 1190 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1190
}
function f1191($a) {
    $b = $a * 1191 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1191
}
function f1192($a) {
    $b = $a * 1192 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1192
}
function f1193($a) {
    $b = $a * 1193 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1193
}
function f1194($a) {
    $b = $a * 1194 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1194
}
function f1195($a) {
    $b = $a * 1195 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1195
}
function f1196($a) {
    $b = $a * 1196 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1196
}
function f1197($a) {
    $b = $a * 1197 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1197
}
function f1198($a) {
    $b = $a * 1198 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1198
}
function f1199($a) {
    $b = $a * 1199 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1199
}
function f1200($a) {
    $b = $a * 1200 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1200
}
function f1201($a) {
    $b = $a * 1201 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1201
}
function f1202($a) {
    $b = $a * 1202 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1202
}
function f1203($a) {
    $b = $a * 1203 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1203
}
function f1204($a) {
    $b = $a * 1204 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1204
}
function f1205($a) {
    $b = $a * 1205 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1205
}
function f1206($a) {
    $b = $a * 1206 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1206
}
function f1207($a) {
    $b = $a * 1207 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1207
}
function f1208($a) {
    $b = $a * 1208 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1208
}
function f1209($a) {
    $b = $a * 1209 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1209
}
function f1210($a) {
    $b = $a * 1210 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1210
}
function f1211($a) {
    $b = $a * 1211 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1211
}
function f1212($a) {
    $b = $a * 1212 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1212
}
function f1213($a) {
    $b = $a * 1213 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1213
}
function f1214($a) {
    $b = $a * 1214 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1214
}
function f1215($a) {
    $b = $a * 1215 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1215
}
function f1216($a) {
    $b = $a * 1216 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1216
}
function f1217($a) {
    $b = $a * 1217 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1217
}
function f1218($a) {
    $b = $a * 1218 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1218
}
function f1219($a) {
    $b = $a * 1219 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1219
}
function f1220($a) {
    $b = $a * 1220 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1220
}
function f1221($a) {
    $b = $a * 1221 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1221
}
function f1222($a) {
    $b = $a * 1222 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1222
}
function f1223($a) {
    $b = $a * 1223 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1223
}
function f1224($a) {
    $b = $a * 1224 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1224
}
function f1225($a) {
    $b = $a * 1225 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1225
}
function f1226($a) {
    $b = $a * 1226 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1226
}
function f1227($a) {
    $b = $a * 1227 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1227
}
function f1228($a) {
    $b = $a * 1228 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1228
}
function f1229($a) {
    $b = $a * 1229 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1229
}
function f1230($a) {
    $b = $a * 1230 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1230
}
function f1231($a) {
    $b = $a * 1231 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1231
}
function f1232($a) {
    $b = $a * 1232 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1232
}
function f1233($a) {
    $b = $a * 1233 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1233
}
function f1234($a) {
    $b = $a * 1234 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1234
}
function f1235($a) {
    $b = $a * 1235 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1235
}
function f1236($a) {
    $b = $a * 1236 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1236
}
function f1237($a) {
    $b = $a * 1237 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1237
}
function f1238($a) {
    $b = $a * 1238 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1238
}
function f1239($a) {
    $b = $a * 1239 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1239
}
function f1240($a) {
    $b = $a * 1240 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1240
}
function f1241($a) {
    $b = $a * 1241 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1241
}
function f1242($a) {
    $b = $a * 1242 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1242
}
function f1243($a) {
    $b = $a * 1243 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1243
}
function f1244($a) {
    $b = $a * 1244 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1244
}
function f1245($a) {
    $b = $a * 1245 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1245
}
function f1246($a) {
    $b = $a * 1246 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1246
}
function f1247($a) {
    $b = $a * 1247 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1247
}
function f1248($a) {
    $b = $a * 1248 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1248
}
function f1249($a) {
    $b = $a * 1249 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1249
}
function f1250($a) {
    $b = $a * 1250 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1250
}
function f1251($a) {
    $b = $a * 1251 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1251
}
function f1252($a) {
    $b = $a * 1252 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1252
}
function f1253($a) {
    $b = $a * 1253 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1253
}
function f1254($a) {
    $b = $a * 1254 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1254
}
function f1255($a) {
    $b = $a * 1255 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1255
}
function f1256($a) {
    $b = $a * 1256 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1256
}
function f1257($a) {
    $b = $a * 1257 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1257
}
function f1258($a) {
    $b = $a * 1258 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1258
}
function f1259($a) {
    $b = $a * 1259 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1259
}
function f1260($a) {
    $b = $a * 1260 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1260
}
function f1261($a) {
    $b = $a * 1261 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1261
}
function f1262($a) {
    $b = $a * 1262 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1262
}
function f1263($a) {
    $b = $a * 1263 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1263
}
function f1264($a) {
    $b = $a * 1264 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1264
}
function f1265($a) {
    $b = $a * 1265 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1265
}
function f1266($a) {
    $b = $a * 1266 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1266
}
function f1267($a) {
    $b = $a * 1267 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1267
}
function f1268($a) {
    $b = $a * 1268 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1268
}
function f1269($a) {
    $b = $a * 1269 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1269
}
function f1270($a) {
    $b = $a * 1270 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1270
}
function f1271($a) {
    $b = $a * 1271 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1271
}
function f1272($a) {
    $b = $a * 1272 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1272
}
function f1273($a) {
    $b = $a * 1273 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1273
}
function f1274($a) {
    $b = $a * 1274 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1274
}
function f1275($a) {
    $b = $a * 1275 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1275
}
function f1276($a) {
    $b = $a * 1276 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1276
}
function f1277($a) {
    $b = $a * 1277 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1277
}
function f1278($a) {
    $b = $a * 1278 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1278
}
function f1279($a) {
    $b = $a * 1279 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1279
}
function f1280($a) {
    $b = $a * 1280 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1280
}
function f1281($a) {
    $b = $a * 1281 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1281
}
function f1282($a) {
    $b = $a * 1282 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1282
}
function f1283($a) {
    $b = $a * 1283 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1283
}
function f1284($a) {
    $b = $a * 1284 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1284
}
function f1285($a) {
    $b = $a * 1285 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1285
}
function f1286($a) {
    $b = $a * 1286 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1286
}
function f1287($a) {
    $b = $a * 1287 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1287
}
function f1288($a) {
    $b = $a * 1288 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1288
}
function f1289($a) {
    $b = $a * 1289 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1289
}
function f1290($a) {
    $b = $a * 1290 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1290
}
function f1291($a) {
    $b = $a * 1291 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1291
}
function f1292($a) {
    $b = $a * 1292 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1292
}
function f1293($a) {
    $b = $a * 1293 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1293
}
function f1294($a) {
    $b = $a * 1294 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1294
}
function f1295($a) {
    $b = $a * 1295 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1295
}
function f1296($a) {
    $b = $a * 1296 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1296
}
function f1297($a) {
    $b = $a * 1297 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1297
}
function f1298($a) {
    $b = $a * 1298 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1298
}
function f1299($a) {
    $b = $a * 1299 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1299
}
function f1300($a) {
    $b = $a * 1300 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1300
}
function f1301($a) {
    $b = $a * 1301 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1301
}
function f1302($a) {
    $b = $a * 1302 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1302
}
function f1303($a) {
    $b = $a * 1303 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1303
}
function f1304($a) {
    $b = $a * 1304 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1304
}
function f1305($a) {
    $b = $a * 1305 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1305
}
function f1306($a) {
    $b = $a * 1306 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1306
}
function f1307($a) {
    $b = $a * 1307 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1307
}
function f1308($a) {
    $b = $a * 1308 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1308
}
function f1309($a) {
    $b = $a * 1309 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1309
}
function f1310($a) {
    $b = $a * 1310 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1310
}
function f1311($a) {
    $b = $a * 1311 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1311
}
function f1312($a) {
    $b = $a * 1312 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1312
}
function f1313($a) {
    $b = $a * 1313 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1313
}
function f1314($a) {
    $b = $a * 1314 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1314
}
function f1315($a) {
    $b = $a * 1315 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1315
}
function f1316($a) {
    $b = $a * 1316 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1316
}
function f1317($a) {
    $b = $a * 1317 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1317
}
function f1318($a) {
    $b = $a * 1318 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1318
}
function f1319($a) {
    $b = $a * 1319 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1319
}
function f1320($a) {
    $b = $a * 1320 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1320
}
function f1321($a) {
    $b = $a * 1321 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1321
}
function f1322($a) {
    $b = $a * 1322 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1322
}
function f1323($a) {
    $b = $a * 1323 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1323
}
function f1324($a) {
    $b = $a * 1324 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1324
}
function f1325($a) {
    $b = $a * 1325 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1325
}
function f1326($a) {
    $b = $a * 1326 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1326
}
function f1327($a) {
    $b = $a * 1327 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1327
}
function f1328($a) {
    $b = $a * 1328 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1328
}
function f1329($a) {
    $b = $a * 1329 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1329
}
function f1330($a) {
    $b = $a * 1330 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1330
}
function f1331($a) {
    $b = $a * 1331 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1331
}
function f1332($a) {
    $b = $a * 1332 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1332
}
function f1333($a) {
    $b = $a * 1333 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1333
}
function f1334($a) {
    $b = $a * 1334 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1334
}
function f1335($a) {
    $b = $a * 1335 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1335
}
function f1336($a) {
    $b = $a * 1336 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1336
}
function f1337($a) {
    $b = $a * 1337 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1337
}
function f1338($a) {
    $b = $a * 1338 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1338
}
function f1339($a) {
    $b = $a * 1339 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1339
}
function f1340($a) {
    $b = $a * 1340 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1340
}
function f1341($a) {
    $b = $a * 1341 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1341
}
function f1342($a) {
    $b = $a * 1342 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1342
}
function f1343($a) {
    $b = $a * 1343 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1343
}
function f1344($a) {
    $b = $a * 1344 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1344
}
function f1345($a) {
    $b = $a * 1345 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1345
}
function f1346($a) {
    $b = $a * 1346 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1346
}
function f1347($a) {
    $b = $a * 1347 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1347
}
function f1348($a) {
    $b = $a * 1348 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1348
}
function f1349($a) {
    $b = $a * 1349 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1349
}
function f1350($a) {
    $b = $a * 1350 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1350
}
function f1351($a) {
    $b = $a * 1351 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1351
}
function f1352($a) {
    $b = $a * 1352 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1352
}
function f1353($a) {
    $b = $a * 1353 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1353
}
function f1354($a) {
    $b = $a * 1354 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1354
}
function f1355($a) {
    $b = $a * 1355 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1355
}
function f1356($a) {
    $b = $a * 1356 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1356
}
function f1357($a) {
    $b = $a * 1357 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1357
}
function f1358($a) {
    $b = $a * 1358 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1358
}
function f1359($a) {
    $b = $a * 1359 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1359
}
function f1360($a) {
    $b = $a * 1360 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1360
}
function f1361($a) {
    $b = $a * 1361 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1361
}
function f1362($a) {
    $b = $a * 1362 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1362
}
function f1363($a) {
    $b = $a * 1363 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1363
}
function f1364($a) {
    $b = $a * 1364 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1364
}
function f1365($a) {
    $b = $a * 1365 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1365
}
function f1366($a) {
    $b = $a * 1366 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1366
}
function f1367($a) {
    $b = $a * 1367 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1367
}
function f1368($a) {
    $b = $a * 1368 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1368
}
function f1369($a) {
    $b = $a * 1369 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1369
}
function f1370($a) {
    $b = $a * 1370 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1370
}
function f1371($a) {
    $b = $a * 1371 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1371
}
function f1372($a) {
    $b = $a * 1372 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1372
}
function f1373($a) {
    $b = $a * 1373 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1373
}
function f1374($a) {
    $b = $a * 1374 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1374
}
function f1375($a) {
    $b = $a * 1375 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1375
}
function f1376($a) {
    $b = $a * 1376 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1376
}
function f1377($a) {
    $b = $a * 1377 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1377
}
function f1378($a) {
    $b = $a * 1378 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1378
}
function f1379($a) {
    $b = $a * 1379 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1379
}
function f1380($a) {
    $b = $a * 1380 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1380
}
function f1381($a) {
    $b = $a * 1381 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1381
}
function f1382($a) {
    $b = $a * 1382 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1382
}
function f1383($a) {
    $b = $a * 1383 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1383
}
function f1384($a) {
    $b = $a * 1384 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1384
}
function f1385($a) {
    $b = $a * 1385 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1385
}
function f1386($a) {
    $b = $a * 1386 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1386
}
function f1387($a) {
    $b = $a * 1387 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1387
}
function f1388($a) {
    $b = $a * 1388 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1388
}
function f1389($a) {
    $b = $a * 1389 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1389
}
function f1390($a) {
    $b = $a * 1390 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1390
}
function f1391($a) {
    $b = $a * 1391 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1391
}
function f1392($a) {
    $b = $a * 1392 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1392
}
function f1393($a) {
    $b = $a * 1393 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1393
}
function f1394($a) {
    $b = $a * 1394 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1394
}
function f1395($a) {
    $b = $a * 1395 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1395
}
function f1396($a) {
    $b = $a * 1396 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1396
}
function f1397($a) {
    $b = $a * 1397 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1397
}
function f1398($a) {
    $b = $a * 1398 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1398
}
function f1399($a) {
    $b = $a * 1399 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1399
}
function f1400($a) {
    $b = $a * 1400 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1400
}
function f1401($a) {
    $b = $a * 1401 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1401
}
function f1402($a) {
    $b = $a * 1402 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1402
}
function f1403($a) {
    $b = $a * 1403 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1403
}
function f1404($a) {
    $b = $a * 1404 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1404
}
function f1405($a) {
    $b = $a * 1405 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1405
}
function f1406($a) {
    $b = $a * 1406 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1406
}
function f1407($a) {
    $b = $a * 1407 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1407
}
function f1408($a) {
    $b = $a * 1408 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1408
}
function f1409($a) {
    $b = $a * 1409 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1409
}
function f1410($a) {
    $b = $a * 1410 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1410
}
function f1411($a) {
    $b = $a * 1411 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1411
}
function f1412($a) {
    $b = $a * 1412 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1412
}
function f1413($a) {
    $b = $a * 1413 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1413
}
function f1414($a) {
    $b = $a * 1414 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1414
}
function f1415($a) {
    $b = $a * 1415 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1415
}
function f1416($a) {
    $b = $a * 1416 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1416
}
function f1417($a) {
    $b = $a * 1417 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1417
}
function f1418($a) {
    $b = $a * 1418 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1418
}
function f1419($a) {
    $b = $a * 1419 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1419
}
function f1420($a) {
    $b = $a * 1420 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1420
}
function f1421($a) {
    $b = $a * 1421 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1421
}
function f1422($a) {
    $b = $a * 1422 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1422
}
function f1423($a) {
    $b = $a * 1423 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1423
}
function f1424($a) {
    $b = $a * 1424 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1424
}
function f1425($a) {
    $b = $a * 1425 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1425
}
function f1426($a) {
    $b = $a * 1426 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1426
}
function f1427($a) {
    $b = $a * 1427 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1427
}
function f1428($a) {
    $b = $a * 1428 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1428
}
function f1429($a) {
    $b = $a * 1429 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1429
}
function f1430($a) {
    $b = $a * 1430 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1430
}
function f1431($a) {
    $b = $a * 1431 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1431
}
function f1432($a) {
    $b = $a * 1432 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1432
}
function f1433($a) {
    $b = $a * 1433 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1433
}
function f1434($a) {
    $b = $a * 1434 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1434
}
function f1435($a) {
    $b = $a * 1435 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1435
}
function f1436($a) {
    $b = $a * 1436 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1436
}
function f1437($a) {
    $b = $a * 1437 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1437
}
function f1438($a) {
    $b = $a * 1438 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1438
}
function f1439($a) {
    $b = $a * 1439 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1439
}
function f1440($a) {
    $b = $a * 1440 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1440
}
function f1441($a) {
    $b = $a * 1441 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1441
}
function f1442($a) {
    $b = $a * 1442 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1442
}
function f1443($a) {
    $b = $a * 1443 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1443
}
function f1444($a) {
    $b = $a * 1444 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1444
}
function f1445($a) {
    $b = $a * 1445 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1445
}
function f1446($a) {
    $b = $a * 1446 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1446
}
function f1447($a) {
    $b = $a * 1447 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1447
}
function f1448($a) {
    $b = $a * 1448 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1448
}
function f1449($a) {
    $b = $a * 1449 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1449
}
function f1450($a) {
    $b = $a * 1450 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1450
}
function f1451($a) {
    $b = $a * 1451 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1451
}
function f1452($a) {
    $b = $a * 1452 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1452
}
function f1453($a) {
    $b = $a * 1453 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1453
}
function f1454($a) {
    $b = $a * 1454 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1454
}
function f1455($a) {
    $b = $a * 1455 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1455
}
function f1456($a) {
    $b = $a * 1456 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1456
}
function f1457($a) {
    $b = $a * 1457 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1457
}
function f1458($a) {
    $b = $a * 1458 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1458
}
function f1459($a) {
    $b = $a * 1459 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1459
}
function f1460($a) {
    $b = $a * 1460 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1460
}
function f1461($a) {
    $b = $a * 1461 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1461
}
function f1462($a) {
    $b = $a * 1462 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1462
}
function f1463($a) {
    $b = $a * 1463 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1463
}
function f1464($a) {
    $b = $a * 1464 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1464
}
function f1465($a) {
    $b = $a * 1465 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1465
}
function f1466($a) {
    $b = $a * 1466 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1466
}
function f1467($a) {
    $b = $a * 1467 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1467
}
function f1468($a) {
    $b = $a * 1468 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1468
}
function f1469($a) {
    $b = $a * 1469 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1469
}
function f1470($a) {
    $b = $a * 1470 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1470
}
function f1471($a) {
    $b = $a * 1471 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1471
}
function f1472($a) {
    $b = $a * 1472 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1472
}
function f1473($a) {
    $b = $a * 1473 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1473
}
function f1474($a) {
    $b = $a * 1474 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1474
}
function f1475($a) {
    $b = $a * 1475 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1475
}
function f1476($a) {
    $b = $a * 1476 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1476
}
function f1477($a) {
    $b = $a * 1477 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1477
}
function f1478($a) {
    $b = $a * 1478 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1478
}
function f1479($a) {
    $b = $a * 1479 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1479
}
function f1480($a) {
    $b = $a * 1480 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1480
}
function f1481($a) {
    $b = $a * 1481 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1481
}
function f1482($a) {
    $b = $a * 1482 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1482
}
function f1483($a) {
    $b = $a * 1483 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1483
}
function f1484($a) {
    $b = $a * 1484 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1484
}
function f1485($a) {
    $b = $a * 1485 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1485
}
function f1486($a) {
    $b = $a * 1486 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1486
}
function f1487($a) {
    $b = $a * 1487 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1487
}
function f1488($a) {
    $b = $a * 1488 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1488
}
function f1489($a) {
    $b = $a * 1489 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1489
}
function f1490($a) {
    $b = $a * 1490 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1490
}
function f1491($a) {
    $b = $a * 1491 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1491
}
function f1492($a) {
    $b = $a * 1492 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1492
}
function f1493($a) {
    $b = $a * 1493 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1493
}
function f1494($a) {
    $b = $a * 1494 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1494
}
function f1495($a) {
    $b = $a * 1495 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1495
}
function f1496($a) {
    $b = $a * 1496 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1496
}
function f1497($a) {
    $b = $a * 1497 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1497
}
function f1498($a) {
    $b = $a * 1498 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1498
}
function f1499($a) {
    $b = $a * 1499 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1499
}
function f1500($a) {
    $b = $a * 1500 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1500
}
function f1501($a) {
    $b = $a * 1501 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1501
}
function f1502($a) {
    $b = $a * 1502 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1502
}
function f1503($a) {
    $b = $a * 1503 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1503
}
function f1504($a) {
    $b = $a * 1504 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1504
}
function f1505($a) {
    $b = $a * 1505 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1505
}
function f1506($a) {
    $b = $a * 1506 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1506
}
function f1507($a) {
    $b = $a * 1507 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1507
}
function f1508($a) {
    $b = $a * 1508 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1508
}
function f1509($a) {
    $b = $a * 1509 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1509
}
function f1510($a) {
    $b = $a * 1510 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1510
}
function f1511($a) {
    $b = $a * 1511 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1511
}
function f1512($a) {
    $b = $a * 1512 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1512
}
function f1513($a) {
    $b = $a * 1513 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1513
}
function f1514($a) {
    $b = $a * 1514 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1514
}
function f1515($a) {
    $b = $a * 1515 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1515
}
function f1516($a) {
    $b = $a * 1516 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1516
}
function f1517($a) {
    $b = $a * 1517 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1517
}
function f1518($a) {
    $b = $a * 1518 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1518
}
function f1519($a) {
    $b = $a * 1519 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1519
}
function f1520($a) {
    $b = $a * 1520 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1520
}
function f1521($a) {
    $b = $a * 1521 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1521
}
function f1522($a) {
    $b = $a * 1522 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1522
}
function f1523($a) {
    $b = $a * 1523 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1523
}
function f1524($a) {
    $b = $a * 1524 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1524
}
function f1525($a) {
    $b = $a * 1525 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1525
}
function f1526($a) {
    $b = $a * 1526 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1526
}
function f1527($a) {
    $b = $a * 1527 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1527
}
function f1528($a) {
    $b = $a * 1528 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1528
}
function f1529($a) {
    $b = $a * 1529 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1529
}
function f1530($a) {
    $b = $a * 1530 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1530
}
function f1531($a) {
    $b = $a * 1531 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1531
}
function f1532($a) {
    $b = $a * 1532 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1532
}
function f1533($a) {
    $b = $a * 1533 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1533
}
function f1534($a) {
    $b = $a * 1534 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1534
}
function f1535($a) {
    $b = $a * 1535 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1535
}
function f1536($a) {
    $b = $a * 1536 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1536
}
function f1537($a) {
    $b = $a * 1537 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1537
}
function f1538($a) {
    $b = $a * 1538 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1538
}
function f1539($a) {
    $b = $a * 1539 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1539
}
function f1540($a) {
    $b = $a * 1540 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1540
}
function f1541($a) {
    $b = $a * 1541 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1541
}
function f1542($a) {
    $b = $a * 1542 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1542
}
function f1543($a) {
    $b = $a * 1543 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1543
}
function f1544($a) {
    $b = $a * 1544 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1544
}
function f1545($a) {
    $b = $a * 1545 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1545
}
function f1546($a) {
    $b = $a * 1546 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1546
}
function f1547($a) {
    $b = $a * 1547 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1547
}
function f1548($a) {
    $b = $a * 1548 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1548
}
function f1549($a) {
    $b = $a * 1549 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1549
}
function f1550($a) {
    $b = $a * 1550 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1550
}
function f1551($a) {
    $b = $a * 1551 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1551
}
function f1552($a) {
    $b = $a * 1552 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1552
}
function f1553($a) {
    $b = $a * 1553 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1553
}
function f1554($a) {
    $b = $a * 1554 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1554
}
function f1555($a) {
    $b = $a * 1555 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1555
}
function f1556($a) {
    $b = $a * 1556 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1556
}
function f1557($a) {
    $b = $a * 1557 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1557
}
function f1558($a) {
    $b = $a * 1558 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1558
}
function f1559($a) {
    $b = $a * 1559 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1559
}
function f1560($a) {
    $b = $a * 1560 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1560
}
function f1561($a) {
    $b = $a * 1561 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1561
}
function f1562($a) {
    $b = $a * 1562 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1562
}
function f1563($a) {
    $b = $a * 1563 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1563
}
function f1564($a) {
    $b = $a * 1564 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1564
}
function f1565($a) {
    $b = $a * 1565 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1565
}
function f1566($a) {
    $b = $a * 1566 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1566
}
function f1567($a) {
    $b = $a * 1567 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1567
}
function f1568($a) {
    $b = $a * 1568 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1568
}
function f1569($a) {
    $b = $a * 1569 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1569
}
function f1570($a) {
    $b = $a * 1570 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1570
}
function f1571($a) {
    $b = $a * 1571 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1571
}
function f1572($a) {
    $b = $a * 1572 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1572
}
function f1573($a) {
    $b = $a * 1573 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1573
}
function f1574($a) {
    $b = $a * 1574 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1574
}
function f1575($a) {
    $b = $a * 1575 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1575
}
function f1576($a) {
    $b = $a * 1576 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1576
}
function f1577($a) {
    $b = $a * 1577 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1577
}
function f1578($a) {
    $b = $a * 1578 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1578
}
function f1579($a) {
    $b = $a * 1579 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1579
}
function f1580($a) {
    $b = $a * 1580 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1580
}
function f1581($a) {
    $b = $a * 1581 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1581
}
function f1582($a) {
    $b = $a * 1582 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1582
}
function f1583($a) {
    $b = $a * 1583 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1583
}
function f1584($a) {
    $b = $a * 1584 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1584
}
function f1585($a) {
    $b = $a * 1585 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1585
}
function f1586($a) {
    $b = $a * 1586 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1586
}
function f1587($a) {
    $b = $a * 1587 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1587
}
function f1588($a) {
    $b = $a * 1588 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1588
}
function f1589($a) {
    $b = $a * 1589 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1589
}
function f1590($a) {
    $b = $a * 1590 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1590
}
function f1591($a) {
    $b = $a * 1591 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1591
}
function f1592($a) {
    $b = $a * 1592 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1592
}
function f1593($a) {
    $b = $a * 1593 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1593
}
function f1594($a) {
    $b = $a * 1594 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1594
}
function f1595($a) {
    $b = $a * 1595 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1595
}
function f1596($a) {
    $b = $a * 1596 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1596
}
function f1597($a) {
    $b = $a * 1597 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1597
}
function f1598($a) {
    $b = $a * 1598 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1598
}
function f1599($a) {
    $b = $a * 1599 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1599
}
function f1600($a) {
    $b = $a * 1600 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1600
}
function f1601($a) {
    $b = $a * 1601 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1601
}
function f1602($a) {
    $b = $a * 1602 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1602
}
function f1603($a) {
    $b = $a * 1603 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1603
}
function f1604($a) {
    $b = $a * 1604 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1604
}
function f1605($a) {
    $b = $a * 1605 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1605
}
function f1606($a) {
    $b = $a * 1606 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1606
}
function f1607($a) {
    $b = $a * 1607 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1607
}
function f1608($a) {
    $b = $a * 1608 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1608
}
function f1609($a) {
    $b = $a * 1609 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1609
}
function f1610($a) {
    $b = $a * 1610 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1610
}
function f1611($a) {
    $b = $a * 1611 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1611
}
function f1612($a) {
    $b = $a * 1612 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1612
}
function f1613($a) {
    $b = $a * 1613 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1613
}
function f1614($a) {
    $b = $a * 1614 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1614
}
function f1615($a) {
    $b = $a * 1615 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1615
}
function f1616($a) {
    $b = $a * 1616 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1616
}
function f1617($a) {
    $b = $a * 1617 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1617
}
function f1618($a) {
    $b = $a * 1618 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1618
}
function f1619($a) {
    $b = $a * 1619 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1619
}
function f1620($a) {
    $b = $a * 1620 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1620
}
function f1621($a) {
    $b = $a * 1621 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1621
}
function f1622($a) {
    $b = $a * 1622 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1622
}
function f1623($a) {
    $b = $a * 1623 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1623
}
function f1624($a) {
    $b = $a * 1624 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1624
}
function f1625($a) {
    $b = $a * 1625 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1625
}
function f1626($a) {
    $b = $a * 1626 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1626
}
function f1627($a) {
    $b = $a * 1627 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1627
}
function f1628($a) {
    $b = $a * 1628 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1628
}
function f1629($a) {
    $b = $a * 1629 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1629
}
function f1630($a) {
    $b = $a * 1630 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1630
}
function f1631($a) {
    $b = $a * 1631 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1631
}
function f1632($a) {
    $b = $a * 1632 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1632
}
function f1633($a) {
    $b = $a * 1633 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1633
}
function f1634($a) {
    $b = $a * 1634 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1634
}
function f1635($a) {
    $b = $a * 1635 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1635
}
function f1636($a) {
    $b = $a * 1636 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1636
}
function f1637($a) {
    $b = $a * 1637 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1637
}
function f1638($a) {
    $b = $a * 1638 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1638
}
function f1639($a) {
    $b = $a * 1639 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1639
}
function f1640($a) {
    $b = $a * 1640 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1640
}
function f1641($a) {
    $b = $a * 1641 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1641
}
function f1642($a) {
    $b = $a * 1642 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1642
}
function f1643($a) {
    $b = $a * 1643 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1643
}
function f1644($a) {
    $b = $a * 1644 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1644
}
function f1645($a) {
    $b = $a * 1645 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1645
}
function f1646($a) {
    $b = $a * 1646 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1646
}
function f1647($a) {
    $b = $a * 1647 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1647
}
function f1648($a) {
    $b = $a * 1648 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1648
}
function f1649($a) {
    $b = $a * 1649 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1649
}
function f1650($a) {
    $b = $a * 1650 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1650
}
function f1651($a) {
    $b = $a * 1651 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1651
}
function f1652($a) {
    $b = $a * 1652 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1652
}
function f1653($a) {
    $b = $a * 1653 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1653
}
function f1654($a) {
    $b = $a * 1654 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1654
}
function f1655($a) {
    $b = $a * 1655 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1655
}
function f1656($a) {
    $b = $a * 1656 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1656
}
function f1657($a) {
    $b = $a * 1657 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1657
}
function f1658($a) {
    $b = $a * 1658 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1658
}
function f1659($a) {
    $b = $a * 1659 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1659
}
function f1660($a) {
    $b = $a * 1660 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1660
}
function f1661($a) {
    $b = $a * 1661 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1661
}
function f1662($a) {
    $b = $a * 1662 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1662
}
function f1663($a) {
    $b = $a * 1663 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1663
}
function f1664($a) {
    $b = $a * 1664 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1664
}
function f1665($a) {
    $b = $a * 1665 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1665
}
function f1666($a) {
    $b = $a * 1666 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1666
}
function f1667($a) {
    $b = $a * 1667 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1667
}
function f1668($a) {
    $b = $a * 1668 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1668
}
function f1669($a) {
    $b = $a * 1669 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1669
}
function f1670($a) {
    $b = $a * 1670 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1670
}
function f1671($a) {
    $b = $a * 1671 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1671
}
function f1672($a) {
    $b = $a * 1672 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1672
}
function f1673($a) {
    $b = $a * 1673 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1673
}
function f1674($a) {
    $b = $a * 1674 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1674
}
function f1675($a) {
    $b = $a * 1675 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1675
}
function f1676($a) {
    $b = $a * 1676 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1676
}
function f1677($a) {
    $b = $a * 1677 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1677
}
function f1678($a) {
    $b = $a * 1678 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1678
}
function f1679($a) {
    $b = $a * 1679 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1679
}
function f1680($a) {
    $b = $a * 1680 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1680
}
function f1681($a) {
    $b = $a * 1681 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1681
}
function f1682($a) {
    $b = $a * 1682 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1682
}
function f1683($a) {
    $b = $a * 1683 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1683
}
function f1684($a) {
    $b = $a * 1684 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1684
}
function f1685($a) {
    $b = $a * 1685 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1685
}
function f1686($a) {
    $b = $a * 1686 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1686
}
function f1687($a) {
    $b = $a * 1687 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1687
}
function f1688($a) {
    $b = $a * 1688 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1688
}
function f1689($a) {
    $b = $a * 1689 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1689
}
function f1690($a) {
    $b = $a * 1690 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1690
}
function f1691($a) {
    $b = $a * 1691 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1691
}
function f1692($a) {
    $b = $a * 1692 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1692
}
function f1693($a) {
    $b = $a * 1693 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1693
}
function f1694($a) {
    $b = $a * 1694 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1694
}
function f1695($a) {
    $b = $a * 1695 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1695
}
function f1696($a) {
    $b = $a * 1696 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1696
}
function f1697($a) {
    $b = $a * 1697 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1697
}
function f1698($a) {
    $b = $a * 1698 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1698
}
function f1699($a) {
    $b = $a * 1699 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1699
}
function f1700($a) {
    $b = $a * 1700 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1700
}
function f1701($a) {
    $b = $a * 1701 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1701
}
function f1702($a) {
    $b = $a * 1702 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1702
}
function f1703($a) {
    $b = $a * 1703 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1703
}
function f1704($a) {
    $b = $a * 1704 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1704
}
function f1705($a) {
    $b = $a * 1705 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1705
}
function f1706($a) {
    $b = $a * 1706 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1706
}
function f1707($a) {
    $b = $a * 1707 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1707
}
function f1708($a) {
    $b = $a * 1708 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1708
}
function f1709($a) {
    $b = $a * 1709 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1709
}
function f1710($a) {
    $b = $a * 1710 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1710
}
function f1711($a) {
    $b = $a * 1711 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1711
}
function f1712($a) {
    $b = $a * 1712 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1712
}
function f1713($a) {
    $b = $a * 1713 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1713
}
function f1714($a) {
    $b = $a * 1714 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1714
}
function f1715($a) {
    $b = $a * 1715 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1715
}
function f1716($a) {
    $b = $a * 1716 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1716
}
function f1717($a) {
    $b = $a * 1717 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1717
}
function f1718($a) {
    $b = $a * 1718 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1718
}
function f1719($a) {
    $b = $a * 1719 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1719
}
function f1720($a) {
    $b = $a * 1720 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1720
}
function f1721($a) {
    $b = $a * 1721 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1721
}
function f1722($a) {
    $b = $a * 1722 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1722
}
function f1723($a) {
    $b = $a * 1723 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1723
}
function f1724($a) {
    $b = $a * 1724 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1724
}
function f1725($a) {
    $b = $a * 1725 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1725
}
function f1726($a) {
    $b = $a * 1726 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1726
}
function f1727($a) {
    $b = $a * 1727 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1727
}
function f1728($a) {
    $b = $a * 1728 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1728
}
function f1729($a) {
    $b = $a * 1729 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1729
}
function f1730($a) {
    $b = $a * 1730 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1730
}
function f1731($a) {
    $b = $a * 1731 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1731
}
function f1732($a) {
    $b = $a * 1732 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1732
}
function f1733($a) {
    $b = $a * 1733 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1733
}
function f1734($a) {
    $b = $a * 1734 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1734
}
function f1735($a) {
    $b = $a * 1735 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1735
}
function f1736($a) {
    $b = $a * 1736 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1736
}
function f1737($a) {
    $b = $a * 1737 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1737
}
function f1738($a) {
    $b = $a * 1738 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1738
}
function f1739($a) {
    $b = $a * 1739 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1739
}
function f1740($a) {
    $b = $a * 1740 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1740
}
function f1741($a) {
    $b = $a * 1741 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1741
}
function f1742($a) {
    $b = $a * 1742 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1742
}
function f1743($a) {
    $b = $a * 1743 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1743
}
function f1744($a) {
    $b = $a * 1744 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1744
}
function f1745($a) {
    $b = $a * 1745 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1745
}
function f1746($a) {
    $b = $a * 1746 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1746
}
function f1747($a) {
    $b = $a * 1747 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1747
}
function f1748($a) {
    $b = $a * 1748 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1748
}
function f1749($a) {
    $b = $a * 1749 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1749
}
function f1750($a) {
    $b = $a * 1750 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1750
}
function f1751($a) {
    $b = $a * 1751 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1751
}
function f1752($a) {
    $b = $a * 1752 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1752
}
function f1753($a) {
    $b = $a * 1753 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1753
}
function f1754($a) {
    $b = $a * 1754 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1754
}
function f1755($a) {
    $b = $a * 1755 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1755
}
function f1756($a) {
    $b = $a * 1756 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1756
}
function f1757($a) {
    $b = $a * 1757 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1757
}
function f1758($a) {
    $b = $a * 1758 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1758
}
function f1759($a) {
    $b = $a * 1759 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1759
}
function f1760($a) {
    $b = $a * 1760 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1760
}
function f1761($a) {
    $b = $a * 1761 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1761
}
function f1762($a) {
    $b = $a * 1762 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1762
}
function f1763($a) {
    $b = $a * 1763 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1763
}
function f1764($a) {
    $b = $a * 1764 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1764
}
function f1765($a) {
    $b = $a * 1765 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1765
}
function f1766($a) {
    $b = $a * 1766 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1766
}
function f1767($a) {
    $b = $a * 1767 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1767
}
function f1768($a) {
    $b = $a * 1768 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1768
}
function f1769($a) {
    $b = $a * 1769 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1769
}
function f1770($a) {
    $b = $a * 1770 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1770
}
function f1771($a) {
    $b = $a * 1771 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1771
}
function f1772($a) {
    $b = $a * 1772 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1772
}
function f1773($a) {
    $b = $a * 1773 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1773
}
function f1774($a) {
    $b = $a * 1774 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1774
}
function f1775($a) {
    $b = $a * 1775 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1775
}
function f1776($a) {
    $b = $a * 1776 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1776
}
function f1777($a) {
    $b = $a * 1777 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1777
}
function f1778($a) {
    $b = $a * 1778 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1778
}
function f1779($a) {
    $b = $a * 1779 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1779
}
function f1780($a) {
    $b = $a * 1780 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1780
}
function f1781($a) {
    $b = $a * 1781 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1781
}
function f1782($a) {
    $b = $a * 1782 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1782
}
function f1783($a) {
    $b = $a * 1783 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1783
}
function f1784($a) {
    $b = $a * 1784 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1784
}
function f1785($a) {
    $b = $a * 1785 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1785
}
function f1786($a) {
    $b = $a * 1786 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1786
}
function f1787($a) {
    $b = $a * 1787 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1787
}
function f1788($a) {
    $b = $a * 1788 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1788
}
function f1789($a) {
    $b = $a * 1789 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1789
}
function f1790($a) {
    $b = $a * 1790 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1790
}
function f1791($a) {
    $b = $a * 1791 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1791
}
function f1792($a) {
    $b = $a * 1792 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1792
}
function f1793($a) {
    $b = $a * 1793 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1793
}
function f1794($a) {
    $b = $a * 1794 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1794
}
function f1795($a) {
    $b = $a * 1795 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1795
}
function f1796($a) {
    $b = $a * 1796 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1796
}
function f1797($a) {
    $b = $a * 1797 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1797
}
function f1798($a) {
    $b = $a * 1798 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1798
}
function f1799($a) {
    $b = $a * 1799 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1799
}
function f1800($a) {
    $b = $a * 1800 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1800
}
function f1801($a) {
    $b = $a * 1801 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1801
}
function f1802($a) {
    $b = $a * 1802 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1802
}
function f1803($a) {
    $b = $a * 1803 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1803
}
function f1804($a) {
    $b = $a * 1804 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1804
}
function f1805($a) {
    $b = $a * 1805 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1805
}
function f1806($a) {
    $b = $a * 1806 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1806
}
function f1807($a) {
    $b = $a * 1807 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1807
}
function f1808($a) {
    $b = $a * 1808 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1808
}
function f1809($a) {
    $b = $a * 1809 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1809
}
function f1810($a) {
    $b = $a * 1810 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1810
}
function f1811($a) {
    $b = $a * 1811 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1811
}
function f1812($a) {
    $b = $a * 1812 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1812
}
function f1813($a) {
    $b = $a * 1813 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1813
}
function f1814($a) {
    $b = $a * 1814 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1814
}
function f1815($a) {
    $b = $a * 1815 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1815
}
function f1816($a) {
    $b = $a * 1816 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1816
}
function f1817($a) {
    $b = $a * 1817 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1817
}
function f1818($a) {
    $b = $a * 1818 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1818
}
function f1819($a) {
    $b = $a * 1819 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1819
}
function f1820($a) {
    $b = $a * 1820 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1820
}
function f1821($a) {
    $b = $a * 1821 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1821
}
function f1822($a) {
    $b = $a * 1822 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1822
}
function f1823($a) {
    $b = $a * 1823 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1823
}
function f1824($a) {
    $b = $a * 1824 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1824
}
function f1825($a) {
    $b = $a * 1825 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1825
}
function f1826($a) {
    $b = $a * 1826 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1826
}
function f1827($a) {
    $b = $a * 1827 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1827
}
function f1828($a) {
    $b = $a * 1828 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1828
}
function f1829($a) {
    $b = $a * 1829 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1829
}
function f1830($a) {
    $b = $a * 1830 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1830
}
function f1831($a) {
    $b = $a * 1831 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1831
}
function f1832($a) {
    $b = $a * 1832 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1832
}
function f1833($a) {
    $b = $a * 1833 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1833
}
function f1834($a) {
    $b = $a * 1834 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1834
}
function f1835($a) {
    $b = $a * 1835 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1835
}
function f1836($a) {
    $b = $a * 1836 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1836
}
function f1837($a) {
    $b = $a * 1837 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1837
}
function f1838($a) {
    $b = $a * 1838 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1838
}
function f1839($a) {
    $b = $a * 1839 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1839
}
function f1840($a) {
    $b = $a * 1840 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1840
}
function f1841($a) {
    $b = $a * 1841 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1841
}
function f1842($a) {
    $b = $a * 1842 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1842
}
function f1843($a) {
    $b = $a * 1843 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1843
}
function f1844($a) {
    $b = $a * 1844 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1844
}
function f1845($a) {
    $b = $a * 1845 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1845
}
function f1846($a) {
    $b = $a * 1846 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1846
}
function f1847($a) {
    $b = $a * 1847 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1847
}
function f1848($a) {
    $b = $a * 1848 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1848
}
function f1849($a) {
    $b = $a * 1849 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1849
}
function f1850($a) {
    $b = $a * 1850 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1850
}
function f1851($a) {
    $b = $a * 1851 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1851
}
function f1852($a) {
    $b = $a * 1852 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1852
}
function f1853($a) {
    $b = $a * 1853 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1853
}
function f1854($a) {
    $b = $a * 1854 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1854
}
function f1855($a) {
    $b = $a * 1855 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1855
}
function f1856($a) {
    $b = $a * 1856 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1856
}
function f1857($a) {
    $b = $a * 1857 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1857
}
function f1858($a) {
    $b = $a * 1858 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1858
}
function f1859($a) {
    $b = $a * 1859 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1859
}
function f1860($a) {
    $b = $a * 1860 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1860
}
function f1861($a) {
    $b = $a * 1861 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1861
}
function f1862($a) {
    $b = $a * 1862 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1862
}
function f1863($a) {
    $b = $a * 1863 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1863
}
function f1864($a) {
    $b = $a * 1864 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1864
}
function f1865($a) {
    $b = $a * 1865 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1865
}
function f1866($a) {
    $b = $a * 1866 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1866
}
function f1867($a) {
    $b = $a * 1867 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1867
}
function f1868($a) {
    $b = $a * 1868 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1868
}
function f1869($a) {
    $b = $a * 1869 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1869
}
function f1870($a) {
    $b = $a * 1870 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1870
}
function f1871($a) {
    $b = $a * 1871 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1871
}
function f1872($a) {
    $b = $a * 1872 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1872
}
function f1873($a) {
    $b = $a * 1873 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1873
}
function f1874($a) {
    $b = $a * 1874 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1874
}
function f1875($a) {
    $b = $a * 1875 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1875
}
function f1876($a) {
    $b = $a * 1876 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1876
}
function f1877($a) {
    $b = $a * 1877 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1877
}
function f1878($a) {
    $b = $a * 1878 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1878
}
function f1879($a) {
    $b = $a * 1879 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1879
}
function f1880($a) {
    $b = $a * 1880 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1880
}
function f1881($a) {
    $b = $a * 1881 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1881
}
function f1882($a) {
    $b = $a * 1882 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1882
}
function f1883($a) {
    $b = $a * 1883 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1883
}
function f1884($a) {
    $b = $a * 1884 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1884
}
function f1885($a) {
    $b = $a * 1885 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1885
}
function f1886($a) {
    $b = $a * 1886 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1886
}
function f1887($a) {
    $b = $a * 1887 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1887
}
function f1888($a) {
    $b = $a * 1888 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1888
}
function f1889($a) {
    $b = $a * 1889 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1889
}
function f1890($a) {
    $b = $a * 1890 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1890
}
function f1891($a) {
    $b = $a * 1891 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1891
}
function f1892($a) {
    $b = $a * 1892 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1892
}
function f1893($a) {
    $b = $a * 1893 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1893
}
function f1894($a) {
    $b = $a * 1894 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1894
}
function f1895($a) {
    $b = $a * 1895 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1895
}
function f1896($a) {
    $b = $a * 1896 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1896
}
function f1897($a) {
    $b = $a * 1897 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1897
}
function f1898($a) {
    $b = $a * 1898 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1898
}
function f1899($a) {
    $b = $a * 1899 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1899
}
function f1900($a) {
    $b = $a * 1900 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1900
}
function f1901($a) {
    $b = $a * 1901 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1901
}
function f1902($a) {
    $b = $a * 1902 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1902
}
function f1903($a) {
    $b = $a * 1903 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1903
}
function f1904($a) {
    $b = $a * 1904 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1904
}
function f1905($a) {
    $b = $a * 1905 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1905
}
function f1906($a) {
    $b = $a * 1906 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1906
}
function f1907($a) {
    $b = $a * 1907 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1907
}
function f1908($a) {
    $b = $a * 1908 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1908
}
function f1909($a) {
    $b = $a * 1909 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1909
}
function f1910($a) {
    $b = $a * 1910 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1910
}
function f1911($a) {
    $b = $a * 1911 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1911
}
function f1912($a) {
    $b = $a * 1912 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1912
}
function f1913($a) {
    $b = $a * 1913 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1913
}
function f1914($a) {
    $b = $a * 1914 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1914
}
function f1915($a) {
    $b = $a * 1915 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1915
}
function f1916($a) {
    $b = $a * 1916 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1916
}
function f1917($a) {
    $b = $a * 1917 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1917
}
function f1918($a) {
    $b = $a * 1918 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1918
}
function f1919($a) {
    $b = $a * 1919 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1919
}
function f1920($a) {
    $b = $a * 1920 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1920
}
function f1921($a) {
    $b = $a * 1921 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1921
}
function f1922($a) {
    $b = $a * 1922 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1922
}
function f1923($a) {
    $b = $a * 1923 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1923
}
function f1924($a) {
    $b = $a * 1924 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1924
}
function f1925($a) {
    $b = $a * 1925 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1925
}
function f1926($a) {
    $b = $a * 1926 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1926
}
function f1927($a) {
    $b = $a * 1927 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1927
}
function f1928($a) {
    $b = $a * 1928 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1928
}
function f1929($a) {
    $b = $a * 1929 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1929
}
function f1930($a) {
    $b = $a * 1930 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1930
}
function f1931($a) {
    $b = $a * 1931 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1931
}
function f1932($a) {
    $b = $a * 1932 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1932
}
function f1933($a) {
    $b = $a * 1933 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1933
}
function f1934($a) {
    $b = $a * 1934 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1934
}
function f1935($a) {
    $b = $a * 1935 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1935
}
function f1936($a) {
    $b = $a * 1936 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1936
}
function f1937($a) {
    $b = $a * 1937 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1937
}
function f1938($a) {
    $b = $a * 1938 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1938
}
function f1939($a) {
    $b = $a * 1939 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1939
}
function f1940($a) {
    $b = $a * 1940 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1940
}
function f1941($a) {
    $b = $a * 1941 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1941
}
function f1942($a) {
    $b = $a * 1942 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1942
}
function f1943($a) {
    $b = $a * 1943 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1943
}
function f1944($a) {
    $b = $a * 1944 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1944
}
function f1945($a) {
    $b = $a * 1945 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1945
}
function f1946($a) {
    $b = $a * 1946 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1946
}
function f1947($a) {
    $b = $a * 1947 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1947
}
function f1948($a) {
    $b = $a * 1948 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1948
}
function f1949($a) {
    $b = $a * 1949 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1949
}
function f1950($a) {
    $b = $a * 1950 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1950
}
function f1951($a) {
    $b = $a * 1951 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1951
}
function f1952($a) {
    $b = $a * 1952 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1952
}
function f1953($a) {
    $b = $a * 1953 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1953
}
function f1954($a) {
    $b = $a * 1954 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1954
}
function f1955($a) {
    $b = $a * 1955 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1955
}
function f1956($a) {
    $b = $a * 1956 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1956
}
function f1957($a) {
    $b = $a * 1957 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1957
}
function f1958($a) {
    $b = $a * 1958 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1958
}
function f1959($a) {
    $b = $a * 1959 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1959
}
function f1960($a) {
    $b = $a * 1960 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1960
}
function f1961($a) {
    $b = $a * 1961 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1961
}
function f1962($a) {
    $b = $a * 1962 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1962
}
function f1963($a) {
    $b = $a * 1963 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1963
}
function f1964($a) {
    $b = $a * 1964 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1964
}
function f1965($a) {
    $b = $a * 1965 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1965
}
function f1966($a) {
    $b = $a * 1966 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1966
}
function f1967($a) {
    $b = $a * 1967 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1967
}
function f1968($a) {
    $b = $a * 1968 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1968
}
function f1969($a) {
    $b = $a * 1969 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1969
}
function f1970($a) {
    $b = $a * 1970 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1970
}
function f1971($a) {
    $b = $a * 1971 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1971
}
function f1972($a) {
    $b = $a * 1972 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1972
}
function f1973($a) {
    $b = $a * 1973 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1973
}
function f1974($a) {
    $b = $a * 1974 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1974
}
function f1975($a) {
    $b = $a * 1975 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1975
}
function f1976($a) {
    $b = $a * 1976 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1976
}
function f1977($a) {
    $b = $a * 1977 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1977
}
function f1978($a) {
    $b = $a * 1978 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1978
}
function f1979($a) {
    $b = $a * 1979 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1979
}
function f1980($a) {
    $b = $a * 1980 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1980
}
function f1981($a) {
    $b = $a * 1981 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1981
}
function f1982($a) {
    $b = $a * 1982 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1982
}
function f1983($a) {
    $b = $a * 1983 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1983
}
function f1984($a) {
    $b = $a * 1984 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1984
}
function f1985($a) {
    $b = $a * 1985 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1985
}
function f1986($a) {
    $b = $a * 1986 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1986
}
function f1987($a) {
    $b = $a * 1987 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1987
}
function f1988($a) {
    $b = $a * 1988 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1988
}
function f1989($a) {
    $b = $a * 1989 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1989
}
function f1990($a) {
    $b = $a * 1990 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1990
}
function f1991($a) {
    $b = $a * 1991 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1991
}
function f1992($a) {
    $b = $a * 1992 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1992
}
function f1993($a) {
    $b = $a * 1993 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1993
}
function f1994($a) {
    $b = $a * 1994 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1994
}
function f1995($a) {
    $b = $a * 1995 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1995
}
function f1996($a) {
    $b = $a * 1996 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1996
}
function f1997($a) {
    $b = $a * 1997 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1997
}
function f1998($a) {
    $b = $a * 1998 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1998
}
function f1999($a) {
    $b = $a * 1999 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 1999
}
function f2000($a) {
    $b = $a * 2000 + 1
    if ($b -gt 100) { $c = "big $b" } else { $c = "small $b" }
    return $c.Length + 2000
}
f2000 3
