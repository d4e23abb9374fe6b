package ops

// namedBlock is the code point range of a .NET named block, \p{IsGreek}
// and the like (Unicode 4.0 block names as .NET spells them). A switch,
// not a map, so that no table is built at start-up.
func namedBlock(name string) (lo, hi rune, ok bool) {
	switch name {
	case "IsBasicLatin":
		return 0x0000, 0x007F, true
	case "IsLatin-1Supplement":
		return 0x0080, 0x00FF, true
	case "IsLatinExtended-A":
		return 0x0100, 0x017F, true
	case "IsLatinExtended-B":
		return 0x0180, 0x024F, true
	case "IsIPAExtensions":
		return 0x0250, 0x02AF, true
	case "IsSpacingModifierLetters":
		return 0x02B0, 0x02FF, true
	case "IsCombiningDiacriticalMarks":
		return 0x0300, 0x036F, true
	case "IsGreek", "IsGreekandCoptic":
		return 0x0370, 0x03FF, true
	case "IsCyrillic":
		return 0x0400, 0x04FF, true
	case "IsCyrillicSupplement":
		return 0x0500, 0x052F, true
	case "IsArmenian":
		return 0x0530, 0x058F, true
	case "IsHebrew":
		return 0x0590, 0x05FF, true
	case "IsArabic":
		return 0x0600, 0x06FF, true
	case "IsSyriac":
		return 0x0700, 0x074F, true
	case "IsThaana":
		return 0x0780, 0x07BF, true
	case "IsDevanagari":
		return 0x0900, 0x097F, true
	case "IsBengali":
		return 0x0980, 0x09FF, true
	case "IsGurmukhi":
		return 0x0A00, 0x0A7F, true
	case "IsGujarati":
		return 0x0A80, 0x0AFF, true
	case "IsOriya":
		return 0x0B00, 0x0B7F, true
	case "IsTamil":
		return 0x0B80, 0x0BFF, true
	case "IsTelugu":
		return 0x0C00, 0x0C7F, true
	case "IsKannada":
		return 0x0C80, 0x0CFF, true
	case "IsMalayalam":
		return 0x0D00, 0x0D7F, true
	case "IsSinhala":
		return 0x0D80, 0x0DFF, true
	case "IsThai":
		return 0x0E00, 0x0E7F, true
	case "IsLao":
		return 0x0E80, 0x0EFF, true
	case "IsTibetan":
		return 0x0F00, 0x0FFF, true
	case "IsMyanmar":
		return 0x1000, 0x109F, true
	case "IsGeorgian":
		return 0x10A0, 0x10FF, true
	case "IsHangulJamo":
		return 0x1100, 0x11FF, true
	case "IsEthiopic":
		return 0x1200, 0x137F, true
	case "IsCherokee":
		return 0x13A0, 0x13FF, true
	case "IsUnifiedCanadianAboriginalSyllabics":
		return 0x1400, 0x167F, true
	case "IsOgham":
		return 0x1680, 0x169F, true
	case "IsRunic":
		return 0x16A0, 0x16FF, true
	case "IsTagalog":
		return 0x1700, 0x171F, true
	case "IsHanunoo":
		return 0x1720, 0x173F, true
	case "IsBuhid":
		return 0x1740, 0x175F, true
	case "IsTagbanwa":
		return 0x1760, 0x177F, true
	case "IsKhmer":
		return 0x1780, 0x17FF, true
	case "IsMongolian":
		return 0x1800, 0x18AF, true
	case "IsLimbu":
		return 0x1900, 0x194F, true
	case "IsTaiLe":
		return 0x1950, 0x197F, true
	case "IsKhmerSymbols":
		return 0x19E0, 0x19FF, true
	case "IsPhoneticExtensions":
		return 0x1D00, 0x1D7F, true
	case "IsLatinExtendedAdditional":
		return 0x1E00, 0x1EFF, true
	case "IsGreekExtended":
		return 0x1F00, 0x1FFF, true
	case "IsGeneralPunctuation":
		return 0x2000, 0x206F, true
	case "IsSuperscriptsandSubscripts":
		return 0x2070, 0x209F, true
	case "IsCurrencySymbols":
		return 0x20A0, 0x20CF, true
	case "IsCombiningDiacriticalMarksforSymbols", "IsCombiningMarksforSymbols":
		return 0x20D0, 0x20FF, true
	case "IsLetterlikeSymbols":
		return 0x2100, 0x214F, true
	case "IsNumberForms":
		return 0x2150, 0x218F, true
	case "IsArrows":
		return 0x2190, 0x21FF, true
	case "IsMathematicalOperators":
		return 0x2200, 0x22FF, true
	case "IsMiscellaneousTechnical":
		return 0x2300, 0x23FF, true
	case "IsControlPictures":
		return 0x2400, 0x243F, true
	case "IsOpticalCharacterRecognition":
		return 0x2440, 0x245F, true
	case "IsEnclosedAlphanumerics":
		return 0x2460, 0x24FF, true
	case "IsBoxDrawing":
		return 0x2500, 0x257F, true
	case "IsBlockElements":
		return 0x2580, 0x259F, true
	case "IsGeometricShapes":
		return 0x25A0, 0x25FF, true
	case "IsMiscellaneousSymbols":
		return 0x2600, 0x26FF, true
	case "IsDingbats":
		return 0x2700, 0x27BF, true
	case "IsMiscellaneousMathematicalSymbols-A":
		return 0x27C0, 0x27EF, true
	case "IsSupplementalArrows-A":
		return 0x27F0, 0x27FF, true
	case "IsBraillePatterns":
		return 0x2800, 0x28FF, true
	case "IsSupplementalArrows-B":
		return 0x2900, 0x297F, true
	case "IsMiscellaneousMathematicalSymbols-B":
		return 0x2980, 0x29FF, true
	case "IsSupplementalMathematicalOperators":
		return 0x2A00, 0x2AFF, true
	case "IsMiscellaneousSymbolsandArrows":
		return 0x2B00, 0x2BFF, true
	case "IsCJKRadicalsSupplement":
		return 0x2E80, 0x2EFF, true
	case "IsKangxiRadicals":
		return 0x2F00, 0x2FDF, true
	case "IsIdeographicDescriptionCharacters":
		return 0x2FF0, 0x2FFF, true
	case "IsCJKSymbolsandPunctuation":
		return 0x3000, 0x303F, true
	case "IsHiragana":
		return 0x3040, 0x309F, true
	case "IsKatakana":
		return 0x30A0, 0x30FF, true
	case "IsBopomofo":
		return 0x3100, 0x312F, true
	case "IsHangulCompatibilityJamo":
		return 0x3130, 0x318F, true
	case "IsKanbun":
		return 0x3190, 0x319F, true
	case "IsBopomofoExtended":
		return 0x31A0, 0x31BF, true
	case "IsKatakanaPhoneticExtensions":
		return 0x31F0, 0x31FF, true
	case "IsEnclosedCJKLettersandMonths":
		return 0x3200, 0x32FF, true
	case "IsCJKCompatibility":
		return 0x3300, 0x33FF, true
	case "IsCJKUnifiedIdeographsExtensionA":
		return 0x3400, 0x4DBF, true
	case "IsYijingHexagramSymbols":
		return 0x4DC0, 0x4DFF, true
	case "IsCJKUnifiedIdeographs":
		return 0x4E00, 0x9FFF, true
	case "IsYiSyllables":
		return 0xA000, 0xA48F, true
	case "IsYiRadicals":
		return 0xA490, 0xA4CF, true
	case "IsHangulSyllables":
		return 0xAC00, 0xD7AF, true
	case "IsHighSurrogates":
		return 0xD800, 0xDB7F, true
	case "IsHighPrivateUseSurrogates":
		return 0xDB80, 0xDBFF, true
	case "IsLowSurrogates":
		return 0xDC00, 0xDFFF, true
	case "IsPrivateUse", "IsPrivateUseArea":
		return 0xE000, 0xF8FF, true
	case "IsCJKCompatibilityIdeographs":
		return 0xF900, 0xFAFF, true
	case "IsAlphabeticPresentationForms":
		return 0xFB00, 0xFB4F, true
	case "IsArabicPresentationForms-A":
		return 0xFB50, 0xFDFF, true
	case "IsVariationSelectors":
		return 0xFE00, 0xFE0F, true
	case "IsCombiningHalfMarks":
		return 0xFE20, 0xFE2F, true
	case "IsCJKCompatibilityForms":
		return 0xFE30, 0xFE4F, true
	case "IsSmallFormVariants":
		return 0xFE50, 0xFE6F, true
	case "IsArabicPresentationForms-B":
		return 0xFE70, 0xFEFF, true
	case "IsHalfwidthandFullwidthForms":
		return 0xFF00, 0xFFEF, true
	case "IsSpecials":
		return 0xFFF0, 0xFFFF, true
	}
	return 0, 0, false
}
