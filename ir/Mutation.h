// Changing PIR in place: the operations passes and plugins share, so that no rewrite keeps
// its own copy of "find the position, fix the parent, patch the users".
//
// PIR keeps no use lists (functions are small and rewrites are rare next to reads), so the
// use queries below scan the function. Every operation leaves parents consistent; none of
// them keeps ownership balanced by itself: a rewrite that drops or adds an owned value adds
// the decref or incref that goes with it (the verifier run after every pass and plugin hook
// says when one is missing).
#pragma once

#include "ir/IR.h"

#include <memory>
#include <unordered_map>

namespace pylc::ir {

// The position of `i` in its block.
size_t indexOf(const Instr *i);

// Inserts `i` before / after `pos` (in pos's block) and returns it.
Instr *insertBefore(Instr *pos, std::unique_ptr<Instr> i);
Instr *insertAfter(Instr *pos, std::unique_ptr<Instr> i);

// Takes `i` out of its block and hands it back (to move it elsewhere).
std::unique_ptr<Instr> detach(Instr *i);
// Deletes `i`; nothing may use it any more (replace or erase its users first).
void erase(Instr *i);
// Puts `with` where `old` is, makes every use of `old` use `with`, and deletes `old`.
Instr *replaceInstr(Instr *old, std::unique_ptr<Instr> with);

// How many operands in `f` are `v` (an instruction using it twice counts twice).
unsigned countUses(const Function &f, const Value *v);
// The use count of every value used in `f`.
std::unordered_map<const Value *, unsigned> useCounts(const Function &f);
// Makes every operand `from` in `f` `to`; returns how many were changed.
unsigned replaceAllUsesWith(Function &f, const Value *from, Value *to);

// Splits `at`'s block before `at`: `at` and what follows move to a new block (placed right
// after the old one), and the old block ends in `br` to it. Values defined before `at`
// still dominate their uses. Returns the new block.
Block *splitBlock(Instr *at);
// Deletes `b` from its function; no terminator or unwind edge may still name it.
void eraseBlock(Block *b);
// Every block of `f` that jumps or unwinds to `b` (each once).
std::vector<Block *> predecessors(const Function &f, const Block *b);

} // namespace pylc::ir
