// The memo attachment: a GitHub-flavoured Markdown summary rendered from
// user-editable Mustache templates (kainjow), with Markdown escaping in
// place of Mustache's default HTML escaping.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "aggregate/aggregate.h"
#include "render/labels.h"

namespace coordreport {

// Renders `dir`/summary.md.mustache; every other `dir`/NAME.md.mustache is
// available as the partial {{> NAME}}. Throws std::runtime_error naming the
// template file and the error position when a template is broken or missing.
std::string RenderMarkdown(const Report& report, const std::string& dir, const Labels& labels);

// RenderMarkdown in two steps: what the memo shows is read from `report`
// now, the templates are rendered when the result is called, without the
// report (the workbook may consume it meanwhile, on another thread).
std::function<std::string()> PrepareMarkdown(const Report& report, const std::string& dir, const Labels& labels);

// Escapes text for a Markdown table cell or inline run: ASCII punctuation
// that Markdown would act on is backslash-escaped, line breaks become spaces.
std::string EscapeMarkdown(std::string_view text);

}  // namespace coordreport
