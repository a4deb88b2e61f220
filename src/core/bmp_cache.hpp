// A per-code-point cache of a small character property, for properties that ICU computes
// more slowly than a table lookup and that the extractors ask at every character.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace factlint {

/// Caches a property of the code points of the Basic Multilingual Plane that fits in 0–254,
/// computed by the caller on first use of each code point. Thread-safe: two threads that miss
/// the same code point compute the same value and store it alike. Code points above U+FFFF
/// are not cached. Meant for objects of static storage duration (the table is 64 KiB).
class BmpCache {
 public:
  /// The cached value of `cp`, or `compute(cp)` (stored for the next call).
  template <typename Compute>
  std::uint8_t get(char32_t cp, Compute&& compute) {
    if (cp >= kSize) return static_cast<std::uint8_t>(compute(cp));
    auto& cell = cells_[cp];
    const std::uint8_t v = cell.load(std::memory_order_relaxed);
    if (v != 0) return static_cast<std::uint8_t>(v - 1);
    const auto computed = static_cast<std::uint8_t>(compute(cp));
    cell.store(static_cast<std::uint8_t>(computed + 1), std::memory_order_relaxed);
    return computed;
  }

 private:
  static constexpr char32_t kSize = 0x10000;
  /// The value plus one; 0 (as C++20 initialises an atomic) while not yet computed.
  std::array<std::atomic<std::uint8_t>, kSize> cells_;
};

}  // namespace factlint
