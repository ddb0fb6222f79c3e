#include "ir/Parser.h"

#include "ir/Printer.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_map>

namespace pylc::ir {

namespace {

struct Token {
  enum Kind { Eof, Newline, Word, String, Bytes, ValueRef, BlockRef, FuncRef, Location, Punct };
  Kind kind = Eof;
  std::string text; // decoded for String and Bytes; without the sigil for references
  int line = 0, col = 0;
};

// Splits the text into tokens. Newlines are tokens (an instruction is one line); `;` and `#`
// start comments that run to the end of the line.
class Lexer {
public:
  explicit Lexer(const std::string &text) : s_(text) {}
  std::vector<Token> run();

private:
  static bool isWordChar(char c) {
    return !std::isspace(static_cast<unsigned char>(c)) && !std::strchr("\"(),[]{}:=%^@;*#", c);
  }
  [[noreturn]] void fail(const std::string &msg) const { throw ParseError(line_, col(), msg); }
  int col() const { return static_cast<int>(pos_ - lineStart_) + 1; }
  std::string readWhile(bool (*pred)(char));
  std::string readQuoted();

  const std::string &s_;
  size_t pos_ = 0, lineStart_ = 0;
  int line_ = 1;
};

std::string Lexer::readWhile(bool (*pred)(char)) {
  size_t start = pos_;
  while (pos_ < s_.size() && pred(s_[pos_]))
    ++pos_;
  return s_.substr(start, pos_ - start);
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

std::string Lexer::readQuoted() {
  size_t open = pos_++;
  std::string out;
  while (true) {
    if (pos_ >= s_.size() || s_[pos_] == '\n') {
      pos_ = open;
      fail("unterminated string");
    }
    char c = s_[pos_++];
    if (c == '"')
      return out;
    if (c != '\\') {
      out += c;
      continue;
    }
    size_t escape = pos_ - 1; // errors point at the backslash
    char e = pos_ < s_.size() ? s_[pos_++] : '\0';
    switch (e) {
    case '"':
      out += '"';
      break;
    case '\\':
      out += '\\';
      break;
    case 'n':
      out += '\n';
      break;
    case 't':
      out += '\t';
      break;
    case 'r':
      out += '\r';
      break;
    case 'x': {
      int hi = pos_ + 1 < s_.size() ? hexDigit(s_[pos_]) : -1;
      int lo = hi >= 0 ? hexDigit(s_[pos_ + 1]) : -1;
      if (lo < 0) {
        pos_ = escape;
        fail("bad \\x escape in string");
      }
      out += static_cast<char>(hi * 16 + lo);
      pos_ += 2;
      break;
    }
    default:
      pos_ = escape;
      fail(std::string("unknown escape '\\") + e + "' in string");
    }
  }
}

std::vector<Token> Lexer::run() {
  std::vector<Token> out;
  while (pos_ < s_.size()) {
    char c = s_[pos_];
    if (c == '\n') {
      out.push_back({Token::Newline, "", line_, col()});
      ++pos_;
      ++line_;
      lineStart_ = pos_;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++pos_;
      continue;
    }
    if (c == ';' || c == '#') {
      while (pos_ < s_.size() && s_[pos_] != '\n')
        ++pos_;
      continue;
    }
    Token t{Token::Punct, "", line_, col()};
    if (c == '"') {
      t.kind = Token::String;
      t.text = readQuoted();
    } else if (c == 'b' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
      ++pos_;
      t.kind = Token::Bytes;
      t.text = readQuoted();
    } else if (c == '%' || c == '^') {
      ++pos_;
      t.kind = c == '%' ? Token::ValueRef : Token::BlockRef;
      t.text = readWhile(isWordChar);
      if (t.text.empty())
        fail(std::string("expected a name after '") + c + "'");
    } else if (c == '@') {
      ++pos_;
      bool loc = pos_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_]));
      t.kind = loc ? Token::Location : Token::FuncRef;
      t.text = loc ? readWhile([](char ch) {
        return std::isdigit((unsigned char)ch) || ch == ':' || ch == '-';
      })
                   : readWhile([](char ch) {
                       return !std::isspace((unsigned char)ch) && !std::strchr("(),", ch);
                     });
      if (t.text.empty())
        fail("expected a function id after '@'");
    } else if (isWordChar(c)) {
      t.kind = Token::Word;
      t.text = readWhile(isWordChar);
    } else {
      t.text = std::string(1, c);
      ++pos_;
    }
    out.push_back(std::move(t));
  }
  out.push_back({Token::Newline, "", line_, col()});
  out.push_back({Token::Eof, "", line_, col()});
  return out;
}

// A forward reference resolved once the whole function (or module) has been read.
struct OperandFixup {
  Instr *instr;
  unsigned index;
  Token name;
};
struct CalleeFixup {
  Instr *instr;
  Token id;
};

class Parser {
public:
  explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}
  std::unique_ptr<Module> parse();

private:
  // tokens
  const Token &peek(size_t ahead = 0) const {
    return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
  }
  const Token &next() { return toks_[pos_ < toks_.size() - 1 ? pos_++ : pos_]; }
  bool atPunct(char c) const { return peek().kind == Token::Punct && peek().text[0] == c; }
  bool atWord(const char *w) const { return peek().kind == Token::Word && peek().text == w; }
  bool acceptPunct(char c);
  bool acceptWord(const char *w);
  void expectPunct(char c);
  [[noreturn]] void fail(const Token &t, const std::string &msg) const {
    throw ParseError(t.line, t.col, msg);
  }
  void skipNewlines();
  void expectEndOfLine();
  const Token &expect(Token::Kind kind, const char *what);
  std::string expectString() { return expect(Token::String, "a string").text; }
  int64_t expectInt();
  std::string expectWord() { return expect(Token::Word, "a name").text; }
  std::vector<std::string> parseNameList();

  // constants
  ConstData parseConst();
  double parseDouble(const Token &t);

  // functions
  void parseFunction(Module &m);
  void parseFunctionParams(Function &f);
  void parseFunctionAttrs(Function &f, const Token &idTok);
  void parseLocals(Function &f);
  void declareBlocks(Function &f);
  void parseBlockLabel();
  void parseInstr(Function &f);
  void parseOpAttrs(Function &f, Instr &i);
  void parseOtherFields(Instr &i);
  void parseOperands(Instr &i);
  void parseLoc(Instr &i);
  void define(const Token &name, Value *v);
  void resolveOperands();

  std::vector<Token> toks_;
  size_t pos_ = 0;
  // per function
  std::map<std::string, Block *> blocks_;
  Block *current_ = nullptr;
  std::unordered_map<std::string, Value *> values_;
  std::vector<OperandFixup> operandFixups_;
  // per module
  std::vector<CalleeFixup> calleeFixups_;
};

bool Parser::acceptPunct(char c) {
  if (!atPunct(c))
    return false;
  ++pos_;
  return true;
}

bool Parser::acceptWord(const char *w) {
  if (!atWord(w))
    return false;
  ++pos_;
  return true;
}

void Parser::expectPunct(char c) {
  if (!acceptPunct(c))
    fail(peek(), std::string("expected '") + c + "'");
}

void Parser::skipNewlines() {
  while (peek().kind == Token::Newline)
    ++pos_;
}

void Parser::expectEndOfLine() {
  if (peek().kind != Token::Newline)
    fail(peek(), "unexpected '" + peek().text + "' at the end of the line");
  skipNewlines();
}

const Token &Parser::expect(Token::Kind kind, const char *what) {
  if (peek().kind != kind)
    fail(peek(), std::string("expected ") + what);
  return next();
}

int64_t Parser::expectInt() {
  const Token &t = expect(Token::Word, "an integer");
  errno = 0;
  char *end = nullptr;
  long long v = std::strtoll(t.text.c_str(), &end, 10);
  if (errno || *end)
    fail(t, "expected an integer, not '" + t.text + "'");
  return v;
}

std::vector<std::string> Parser::parseNameList() {
  std::vector<std::string> names;
  expectPunct('[');
  if (!acceptPunct(']')) {
    do
      names.push_back(expectWord());
    while (acceptPunct(','));
    expectPunct(']');
  }
  return names;
}

double Parser::parseDouble(const Token &t) {
  char *end = nullptr;
  double d = std::strtod(t.text.c_str(), &end);
  if (t.kind != Token::Word || *end || t.text.empty())
    fail(t, "expected a floating-point number");
  return d;
}

bool isIntLiteral(const std::string &s) {
  size_t k = s[0] == '-' ? 1 : 0;
  if (s.compare(k, 2, "0x") == 0) {
    k += 2;
    if (k == s.size())
      return false;
    for (; k < s.size(); ++k)
      if (hexDigit(s[k]) < 0)
        return false;
    return true;
  }
  if (k == s.size())
    return false;
  for (; k < s.size(); ++k)
    if (!std::isdigit(static_cast<unsigned char>(s[k])))
      return false;
  return true;
}

ConstData Parser::parseConst() {
  ConstData c;
  const Token &t = next();
  using K = ConstData::Kind;
  if (t.kind == Token::String || t.kind == Token::Bytes) {
    c.kind = t.kind == Token::String ? K::Str : K::Bytes;
    c.text = t.text;
  } else if (t.kind == Token::Punct && t.text == "(") {
    c.kind = K::Tuple;
    while (!acceptPunct(')')) {
      c.elts.push_back(parseConst());
      if (!acceptPunct(',')) {
        expectPunct(')');
        break;
      }
    }
  } else if (t.kind != Token::Word) {
    fail(t, "expected a constant");
  } else if (t.text == "None" || t.text == "True" || t.text == "False" || t.text == "Ellipsis") {
    c.kind = t.text == "None"    ? K::None
             : t.text == "True"  ? K::True
             : t.text == "False" ? K::False
                                 : K::Ellipsis;
  } else if (t.text == "float") {
    c.kind = K::Float;
    c.number = parseDouble(next());
  } else if (t.text == "complex") {
    c.kind = K::Complex;
    c.number = parseDouble(next());
    if (peek().kind == Token::Word) { // `complex REAL IMAG`
      c.real = c.number;
      c.number = parseDouble(next());
    }
  } else if (t.text == "frozenset") {
    c.kind = K::FrozenSet;
    expectPunct('{');
    while (!acceptPunct('}')) {
      c.elts.push_back(parseConst());
      if (!acceptPunct(',')) {
        expectPunct('}');
        break;
      }
    }
  } else if (isIntLiteral(t.text)) {
    c.kind = K::Int;
    c.text = t.text;
  } else {
    fail(t, "expected a constant, not '" + t.text + "'");
  }
  return c;
}

std::unique_ptr<Module> Parser::parse() {
  skipNewlines();
  if (!acceptWord("module"))
    fail(peek(), "expected 'module \"NAME\" file \"PATH\"'");
  std::string name = expectString();
  if (!acceptWord("file"))
    fail(peek(), "expected 'file \"PATH\"'");
  auto m = std::make_unique<Module>(name, expectString());
  expectEndOfLine();
  while (peek().kind != Token::Eof)
    parseFunction(*m);
  for (auto &fix : calleeFixups_) {
    fix.instr->callee = m->findFunction(fix.id.text);
    if (!fix.instr->callee)
      fail(fix.id, "no function @" + fix.id.text + " in the module");
  }
  return m;
}

void Parser::parseFunction(Module &m) {
  if (!acceptWord("func"))
    fail(peek(), "expected 'func @ID(...)'");
  const Token idTok = expect(Token::FuncRef, "'@ID'");
  if (m.findFunction(idTok.text))
    fail(idTok, "redefinition of function @" + idTok.text);
  // The qualname and name may be given after the parameters; start from the id.
  size_t save = pos_;
  std::string qualname = idTok.text, kindName;
  while (peek().kind != Token::Newline && peek().kind != Token::Eof) {
    if (atWord("qualname") && peek(1).kind == Token::String)
      qualname = peek(1).text;
    if (atWord("kind") && peek(1).kind == Token::Word)
      kindName = peek(1).text;
    ++pos_;
  }
  pos_ = save;
  FunctionKind kind = qualname == "<module>" ? FunctionKind::Module : FunctionKind::Function;
  if (!kindName.empty()) {
    bool known = false;
    for (auto k : {FunctionKind::Module, FunctionKind::Function, FunctionKind::Lambda,
                   FunctionKind::ClassBody, FunctionKind::Comprehension})
      if (kindName == functionKindName(k)) {
        kind = k;
        known = true;
      }
    if (!known)
      fail(idTok, "unknown function kind '" + kindName + "'");
  }
  Function &f = *m.addFunction(lastNameComponent(qualname), qualname, kind, idTok.text);
  values_.clear();
  operandFixups_.clear();
  parseFunctionParams(f);
  parseFunctionAttrs(f, idTok);
  expectPunct('{');
  expectEndOfLine();
  declareBlocks(f);
  while (!acceptPunct('}')) {
    if (peek().kind == Token::Eof)
      fail(peek(), "expected '}' at the end of @" + f.id());
    if (peek().kind == Token::BlockRef && peek(1).kind == Token::Punct &&
        (peek(1).text == ":" || peek(1).text == "("))
      parseBlockLabel();
    else
      parseInstr(f);
  }
  expectEndOfLine();
  resolveOperands();
}

void Parser::parseFunctionParams(Function &f) {
  expectPunct('(');
  Signature &sig = f.signature;
  int starAt = -1;
  while (!atPunct(')')) {
    if (!f.params().empty())
      expectPunct(',');
    const Token &star = peek();
    bool one = acceptPunct('*'), two = one && acceptPunct('*');
    if (two) {
      if (sig.varkw)
        fail(star, "more than one ** parameter");
      sig.varkw = true;
    } else if (one) {
      if (sig.varargs || sig.varkw)
        fail(star, "a * parameter after ** or another *");
      sig.varargs = true;
      starAt = f.params().size();
    } else if (sig.varkw) {
      fail(star, "a parameter after the ** parameter");
    }
    const Token nameTok = expect(Token::ValueRef, "a parameter '%N NAME'");
    FuncParam *p = f.addParam(expectWord());
    if (acceptPunct(':')) {
      Type t;
      const Token &ty = expect(Token::Word, "a type");
      if (!parseType(ty.text.c_str(), t))
        fail(ty, "unknown type '" + ty.text + "'");
      p->setType(t);
    }
    define(nameTok, p);
    sig.params.push_back(p->name());
  }
  expectPunct(')');
  int n = f.params().size();
  if (sig.varargs && starAt != n - 1 - (sig.varkw ? 1 : 0))
    fail(peek(), "the * parameter must come just before ** (or last)");
}

void Parser::parseFunctionAttrs(Function &f, const Token &idTok) {
  Signature &sig = f.signature;
  while (!atPunct('{')) {
    const Token &t = expect(Token::Word, "a function attribute or '{'");
    if (t.text == "qualname")
      expectString(); // read ahead in parseFunction
    else if (t.text == "name")
      f.setName(expectString());
    else if (t.text == "posonly")
      sig.posonlyargcount = expectInt();
    else if (t.text == "kwonly")
      sig.kwonlyargcount = expectInt();
    else if (t.text == "defaults")
      sig.numDefaults = expectInt();
    else if (t.text == "kwdefaults")
      sig.hasKwDefaults = true;
    else if (t.text == "line")
      f.firstLine = expectInt();
    else if (t.text == "kind")
      expectWord(); // read ahead in parseFunction
    else if (t.text == "generator")
      f.isGenerator = true;
    else if (t.text == "coroutine")
      f.isCoroutine = true;
    else if (t.text == "nested")
      f.isNested = true;
    else if (t.text == "doc") {
      f.doc = expectString();
      f.hasDoc = true;
    } else if (t.text == "locals")
      parseLocals(f);
    else
      fail(t, "unknown function attribute '" + t.text + "'");
  }
  int n = f.params().size();
  sig.argcount = n - sig.kwonlyargcount - sig.varargs - sig.varkw;
  if (sig.argcount < 0 || sig.posonlyargcount > sig.argcount || sig.numDefaults > sig.argcount)
    fail(idTok, "@" + f.id() + ": the posonly, kwonly and defaults counts do not fit its " +
                    std::to_string(n) + " parameters");
}

void Parser::parseLocals(Function &f) {
  expectPunct('[');
  if (acceptPunct(']'))
    return;
  do {
    const Token &first = expect(Token::Word, "a local variable");
    SlotKind kind = SlotKind::Fast;
    std::string name = first.text;
    if ((name == "cell" || name == "free") && peek().kind == Token::Word) {
      kind = name == "cell" ? SlotKind::Cell : SlotKind::Free;
      name = next().text;
    }
    if (f.findLocal(name, kind) >= 0)
      fail(first, "local '" + name + "' listed twice");
    f.addLocal(name, kind);
  } while (acceptPunct(','));
  expectPunct(']');
}

// Creates the function's blocks in the order their labels appear, so that branches can
// name blocks defined further down.
void Parser::declareBlocks(Function &f) {
  blocks_.clear();
  current_ = nullptr;
  bool lineStart = true;
  for (size_t k = pos_; k < toks_.size(); ++k) {
    const Token &t = toks_[k];
    if (t.kind == Token::Punct && t.text == "}" && lineStart)
      break;
    if (lineStart && t.kind == Token::BlockRef && toks_[k + 1].kind == Token::Punct &&
        (toks_[k + 1].text == ":" || toks_[k + 1].text == "(")) {
      if (blocks_.count(t.text))
        fail(t, "redefinition of block ^" + t.text);
      blocks_[t.text] = f.addBlock();
    }
    lineStart = t.kind == Token::Newline;
  }
}

void Parser::parseBlockLabel() {
  const Token &label = next();
  current_ = blocks_.at(label.text);
  if (acceptPunct('(')) {
    do {
      const Token nameTok = expect(Token::ValueRef, "a block parameter '%N: TYPE'");
      expectPunct(':');
      const Token &ty = expect(Token::Word, "a type");
      Type t;
      if (!parseType(ty.text.c_str(), t))
        fail(ty, "unknown type '" + ty.text + "'");
      define(nameTok, current_->addParam(t));
    } while (acceptPunct(','));
    expectPunct(')');
  }
  expectPunct(':');
  expectEndOfLine();
}

const std::map<std::string, Opcode> &opcodesByName() {
  static const std::map<std::string, Opcode> table = [] {
    std::map<std::string, Opcode> t;
#define OPCODE(Enum, Name, Flags) t[Name] = Opcode::Enum;
#include "ir/Opcodes.def"
    return t;
  }();
  return table;
}

void Parser::parseInstr(Function &f) {
  if (!current_)
    fail(peek(), "an instruction before the first block label");
  if (current_->hasTerminator())
    fail(peek(), "an instruction after the block's terminator");
  Token result;
  if (peek().kind == Token::ValueRef && peek(1).text == "=") {
    result = next();
    next();
  }
  const Token &opTok = expect(Token::Word, "an instruction");
  auto op = opcodesByName().find(opTok.text);
  if (op == opcodesByName().end())
    fail(opTok, "unknown instruction '" + opTok.text + "'");
  auto instr = std::make_unique<Instr>(op->second, Type::object());
  Instr &i = *instr;
  if (i.hasResult() != (result.kind == Token::ValueRef))
    fail(opTok, "'" + opTok.text +
                    (i.hasResult() ? "' has a result: write '%N = " + opTok.text + " ...'"
                                   : "' has no result"));
  i.imm = defaultImm(i.opcode());
  parseOpAttrs(f, i);
  parseOtherFields(i);
  parseOperands(i);
  if (i.hasResult()) {
    expectPunct(':');
    const Token &ty = expect(Token::Word, "the result type");
    Type t;
    if (!parseType(ty.text.c_str(), t))
      fail(ty, "unknown type '" + ty.text + "'");
    i.setType(t);
  }
  if (acceptWord("unwind")) {
    const Token &b = expect(Token::BlockRef, "a handler block '^NAME'");
    auto it = blocks_.find(b.text);
    if (it == blocks_.end())
      fail(b, "no block ^" + b.text + " in @" + f.id());
    i.setUnwind(it->second);
  }
  parseLoc(i);
  expectEndOfLine();
  Instr *added = current_->append(std::move(instr));
  if (i.hasResult())
    define(result, added);
}

template <typename Enum>
bool lookupEnum(const std::string &word, const char *(*nameOf)(Enum), unsigned count,
                int64_t &out) {
  for (unsigned k = 0; k < count; ++k)
    if (word == nameOf(static_cast<Enum>(k))) {
      out = k;
      return true;
    }
  return false;
}

void Parser::parseOpAttrs(Function &f, Instr &i) {
  if (i.usesSlot()) {
    const Token &nameTok = expect(Token::String, "the slot's variable name");
    i.name = nameTok.text;
    i.imm = acceptWord("slot") ? expectInt() : f.findLocal(i.name);
    if (i.imm < 0 || i.imm >= static_cast<int64_t>(f.locals().size()))
      fail(nameTok, "no local slot '" + i.name + "' in @" + f.id());
    return;
  }
  auto operatorWord = [&](auto nameOf, unsigned count, const char *what) {
    if (peek().kind == Token::Word && lookupEnum(peek().text, nameOf, count, i.imm))
      ++pos_;
    else
      fail(peek(), std::string("expected ") + what);
  };
  switch (i.opcode()) {
  case Opcode::Const:
    i.constant = parseConst();
    break;
  case Opcode::NameLoad:
  case Opcode::NameStore:
  case Opcode::NameDel:
  case Opcode::GlobalLoad:
  case Opcode::GlobalStore:
  case Opcode::GlobalDel:
  case Opcode::AttrLoad:
  case Opcode::AttrStore:
  case Opcode::AttrDel:
  case Opcode::ImportFrom:
  case Opcode::MethodLoad:
    i.name = expectString();
    break;
  case Opcode::Import:
    i.name = expectString();
    if (!acceptWord("level"))
      fail(peek(), "expected 'level N'");
    i.imm = expectInt();
    break;
  case Opcode::BinOp:
  case Opcode::InPlace:
    if (!atWord("imm"))
      operatorWord(binaryOpName, 13, "a binary operator (add, sub, ...)");
    break;
  case Opcode::UnOp:
    if (!atWord("imm"))
      operatorWord(unaryOpName, 3, "a unary operator (neg, pos, invert)");
    break;
  case Opcode::Compare:
  case Opcode::CompareBool:
    if (!atWord("imm"))
      operatorWord(compareOpName, 6, "a comparison (lt, le, eq, ne, gt, ge)");
    break;
  case Opcode::Is:
  case Opcode::Contains:
    i.imm = acceptWord("not") ? 1 : 0;
    break;
  case Opcode::Unpack:
  case Opcode::TupleGet:
    i.imm = expectInt();
    break;
  case Opcode::ExcReraise:
    if (acceptWord("at-raise"))
      i.imm = static_cast<int64_t>(ReraiseSite::Raised);
    else if (acceptWord("here"))
      i.imm = static_cast<int64_t>(ReraiseSite::Here);
    break;
  case Opcode::MatchClass:
    i.imm = expectInt();
    if (acceptWord("kw"))
      i.names = parseNameList();
    break;
  case Opcode::UnpackEx:
    i.imm = expectInt();
    i.imm2 = expectInt();
    break;
  case Opcode::Format:
    if (peek().kind == Token::Word && peek().text.size() == 2 && peek().text[0] == '!')
      i.imm = static_cast<unsigned char>(next().text[1]);
    break;
  case Opcode::MakeFunction: {
    calleeFixups_.push_back({&i, expect(Token::FuncRef, "the function '@ID'")});
    static const char *const kParts[] = {"defaults", "kwdefaults", "annotations", "closure"};
    for (unsigned k = 0; k < 4; ++k)
      if (acceptWord(kParts[k]))
        i.imm |= 1 << k;
    break;
  }
  case Opcode::CCall: {
    if (peek().kind != Token::String)
      break; // the generic form
    i.name = expectString();
    std::vector<std::string> params = parseNameList();
    if (!acceptWord("returns"))
      fail(peek(), "expected 'returns TYPE'");
    i.names = {expectWord()};
    i.names.insert(i.names.end(), params.begin(), params.end());
    if (acceptWord("site")) {
      i.imm = 1;
      calleeFixups_.push_back({&i, expect(Token::FuncRef, "the declaring function '@ID'")});
    }
    break;
  }
  case Opcode::Call:
  case Opcode::CallMethod:
  case Opcode::BuildClass:
    if (acceptWord("kw"))
      i.names = parseNameList();
    break;
  default:
    break;
  }
}

// The generic form of fields an opcode's syntax does not show (see the printer).
void Parser::parseOtherFields(Instr &i) {
  while (peek().kind == Token::Word) {
    const std::string &w = peek().text;
    if (w == "name") {
      next();
      i.name = expectString();
    } else if (w == "kw") {
      next();
      i.names = parseNameList();
    } else if (w == "imm") {
      next();
      i.imm = expectInt();
    } else if (w == "imm2") {
      next();
      i.imm2 = expectInt();
    } else if (w == "const") {
      next();
      i.constant = parseConst();
    } else if (w == "callee") {
      next();
      calleeFixups_.push_back({&i, expect(Token::FuncRef, "the function '@ID'")});
    } else {
      break;
    }
  }
}

void Parser::parseOperands(Instr &i) {
  bool first = true;
  while (peek().kind == Token::ValueRef || peek().kind == Token::BlockRef ||
         (!first && atPunct(','))) {
    if (!first)
      expectPunct(',');
    first = false;
    if (peek().kind == Token::ValueRef) {
      i.addOperand(nullptr);
      operandFixups_.push_back({&i, i.numOperands() - 1, next()});
      continue;
    }
    const Token &b = expect(Token::BlockRef, "an operand '%N' or a block '^NAME'");
    auto it = blocks_.find(b.text);
    if (it == blocks_.end())
      fail(b, "no block ^" + b.text + " in the function");
    i.addSuccessor(it->second);
    if (acceptPunct('(')) {
      if (i.opcode() != Opcode::Br)
        fail(b, "only 'br' passes arguments to its successor");
      do {
        i.addOperand(nullptr);
        operandFixups_.push_back(
            {&i, i.numOperands() - 1, expect(Token::ValueRef, "a branch argument '%N'")});
      } while (acceptPunct(','));
      expectPunct(')');
    }
  }
}

void Parser::parseLoc(Instr &i) {
  if (peek().kind != Token::Location)
    return;
  const Token &t = next();
  Loc l;
  char tail;
  if (std::sscanf(t.text.c_str(), "%d:%d-%d:%d%c", &l.line, &l.col, &l.endLine, &l.endCol, &tail) !=
      4)
    fail(t, "expected a location '@LINE:COL-ENDLINE:ENDCOL'");
  i.setLoc(l);
}

void Parser::define(const Token &name, Value *v) {
  if (!values_.emplace(name.text, v).second)
    fail(name, "redefinition of %" + name.text);
}

void Parser::resolveOperands() {
  for (auto &fix : operandFixups_) {
    auto it = values_.find(fix.name.text);
    if (it == values_.end())
      fail(fix.name, "use of undefined value %" + fix.name.text);
    fix.instr->setOperand(fix.index, it->second);
  }
}

} // namespace

std::unique_ptr<Module> parseModule(const std::string &text) {
  return Parser(Lexer(text).run()).parse();
}

} // namespace pylc::ir
