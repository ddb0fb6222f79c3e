// Source loading and path normalisation.
#include "frontend/Source.h"

#include "frontend/Diagnostics.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace pylc {

namespace {

std::string errnoMessage(int err) {
  switch (err) {
  case ENOENT:
    return "no such file or directory";
  case EISDIR:
    return "is a directory";
  case EACCES:
    return "permission denied";
  default:
    break;
  }
  std::string msg = std::strerror(err);
  for (char &c : msg)
    c = (char)std::tolower((unsigned char)c);
  return msg;
}

// Closes the descriptor on every path out of loadSource.
struct FileCloser {
  int fd;
  ~FileCloser() { ::close(fd); }
};

// Returns the first `n` lines of `text` (without their newlines).
std::vector<std::string> firstLines(const std::string &text, size_t n) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (lines.size() < n && pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos)
      nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

// The encoding named by a `coding[:=]name` comment that is alone on its line, or "".
// Mirrors get_coding_spec in CPython's tokenizer, including its name normalisation.
std::string codingOf(const std::string &line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
    ++i;
  if (i >= line.size() || line[i] != '#')
    return {};
  for (size_t at = line.find("coding", i); at != std::string::npos;
       at = line.find("coding", at + 6)) {
    size_t p = at + 6;
    if (p >= line.size() || (line[p] != ':' && line[p] != '='))
      continue;
    ++p;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t'))
      ++p;
    std::string name;
    while (p < line.size() && (std::isalnum((unsigned char)line[p]) || line[p] == '-' ||
                               line[p] == '_' || line[p] == '.'))
      name += line[p++];
    if (name.empty())
      continue;
    std::string norm;
    for (char c : name.substr(0, 12))
      norm += c == '_' ? '-' : (char)std::tolower((unsigned char)c);
    auto isOrStartsWith = [&](const std::string &base) {
      return norm == base || norm.rfind(base + "-", 0) == 0;
    };
    if (isOrStartsWith("utf-8"))
      return "utf-8";
    if (isOrStartsWith("latin-1") || isOrStartsWith("iso-8859-1") || isOrStartsWith("iso-latin-1"))
      return "iso-8859-1";
    return name;
  }
  return {};
}

bool isBlankOrComment(const std::string &line) {
  for (char c : line) {
    if (c == '#')
      return true;
    if (c != ' ' && c != '\t' && c != '\f' && c != '\r')
      return false;
  }
  return true;
}

} // namespace

std::string declaredEncoding(const std::string &text, int *line) {
  std::vector<std::string> lines = firstLines(text, 2);
  if (lines.empty())
    return {};
  std::string enc = codingOf(lines[0]);
  int at = 1;
  if (enc.empty() && lines.size() == 2 && isBlankOrComment(lines[0])) {
    enc = codingOf(lines[1]);
    at = 2;
  }
  if (line)
    *line = enc.empty() ? 0 : at;
  return enc;
}

namespace {

// Whether the file declares an encoding other than UTF-8, in which case the parser decodes
// it and we must not insist on UTF-8.
bool declaresOtherEncoding(const std::string &text) {
  std::string enc = declaredEncoding(text);
  return !enc.empty() && enc != "utf-8";
}

} // namespace

bool isValidUTF8(const std::string &bytes, size_t *badOffset) {
  const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
  size_t n = bytes.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    size_t len;
    unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c < 0x80)
      len = 1;
    else if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0)
        lo = 0xA0; // overlong
      else if (c == 0xED)
        hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0)
        lo = 0x90; // overlong
      else if (c == 0xF4)
        hi = 0x8F; // past U+10FFFF
    } else {
      len = 0;
    }
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      unsigned b = s[i + k];
      ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    }
    if (!ok) {
      if (badOffset)
        *badOffset = i;
      return false;
    }
    i += len;
  }
  return true;
}

std::string loadSource(const std::string &path) {
  if (path.empty())
    throw CompileError(path, {}, "no such file or directory");
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw CompileError(path, {}, errnoMessage(errno));
  FileCloser closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0)
    throw CompileError(path, {}, errnoMessage(errno));
  if (S_ISDIR(st.st_mode))
    throw CompileError(path, {}, errnoMessage(EISDIR));

  std::string text;
  if (S_ISREG(st.st_mode) && st.st_size > 0)
    text.reserve((size_t)st.st_size);
  char buf[1 << 16];
  for (;;) {
    ssize_t got = ::read(fd, buf, sizeof buf);
    if (got < 0) {
      if (errno == EINTR)
        continue;
      throw CompileError(path, {}, errnoMessage(errno));
    }
    if (got == 0)
      break;
    text.append(buf, (size_t)got);
  }
  if (!declaresOtherEncoding(text) && !isValidUTF8(text))
    throw CompileError(path, {}, "source is not valid UTF-8");
  return text;
}

std::string absolutePath(const std::string &path) {
  std::string full = path;
  if (path.empty() || path[0] != '/') {
    std::vector<char> cwd(4096);
    while (!::getcwd(cwd.data(), cwd.size())) {
      if (errno != ERANGE || cwd.size() > (1u << 20))
        return path; // no usable cwd: keep what we were given
      cwd.resize(cwd.size() * 2);
    }
    full = std::string(cwd.data()) + "/" + path;
  }

  // posixpath.normpath: POSIX keeps exactly two leading slashes, folds three or more.
  int leading = 0;
  while (leading < (int)full.size() && full[leading] == '/')
    ++leading;
  std::string prefix = leading == 2 ? "//" : (leading > 0 ? "/" : "");
  std::vector<std::string> parts;
  size_t pos = 0;
  while (pos <= full.size()) {
    size_t slash = full.find('/', pos);
    if (slash == std::string::npos)
      slash = full.size();
    std::string comp = full.substr(pos, slash - pos);
    pos = slash + 1;
    if (comp.empty() || comp == ".")
      continue;
    if (comp == "..") {
      if (!parts.empty() && parts.back() != "..")
        parts.pop_back();
      else if (prefix.empty())
        parts.push_back(comp);
      continue;
    }
    parts.push_back(comp);
  }
  std::string out = prefix;
  for (size_t i = 0; i < parts.size(); ++i)
    out += (i ? "/" : "") + parts[i];
  return out.empty() ? "." : out;
}

} // namespace pylc
