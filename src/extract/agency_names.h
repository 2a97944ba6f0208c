// How the names of one agency relate within an article: the key its
// names share, the initials an abbreviation of it is made of, the user's
// aliases, and the capital a name starts with.
#pragma once

#include <string>
#include <string_view>

#include "extract/lexicon.h"

namespace coordreport {

// The key two names of one agency share in an article: lower case,
// abbreviations spelled out, standing-body prefixes and "Việt Nam" after
// the Front left out ("Ban Thường trực UBMTTQ tỉnh" and "Ủy ban Mặt trận
// Tổ quốc Việt Nam tỉnh" give the same key).
std::string AgencyKey(std::string_view name, const Lexicon& lexicon);
// The same for a name that is NormalizeText output already (every name
// read from an article is).
std::string AgencyKeyOfNormalized(std::string_view text, const Lexicon& lexicon);

// The letters a name is abbreviated by: "Ủy ban MTTQ tỉnh", "Ủy ban Mặt
// trận Tổ quốc tỉnh" -> "ủbmttqt"; sets *has_acronym when a word of the
// name is itself an abbreviation.
std::string Initials(std::string_view display, bool* has_acronym);

// The user's alias at the start of a name, replaced by its target.
std::string UserAlias(const std::string& display, const Lexicon& lexicon);

// A name starts with a capital, whatever the sentence wrote ("Trưởng ban
// Dân vận Tỉnh ủy", "với trường Chính trị tỉnh").
std::string Capitalized(std::string name);

}  // namespace coordreport
