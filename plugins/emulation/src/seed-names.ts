/** Deterministic, made-up Vietnamese names for demo award lists (no real person's data). */
const families = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const womenMiddle = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh"];
const menMiddle = ["Văn", "Minh", "Quang", "Đức", "Hữu", "Thanh"];
const womenGiven = [
  "Hoa",
  "Lan",
  "Mai",
  "Hương",
  "Hà",
  "Linh",
  "Trang",
  "Phương",
  "Thảo",
  "Yến",
  "Nga",
  "Huyền",
  "Loan",
  "Thuỷ",
];
const menGiven = ["Dũng", "Hùng", "Nam", "Tuấn", "Hải", "Long", "Sơn", "Thắng", "Khánh", "Bình"];

export function demoName(i: number, woman = i % 3 !== 0): string {
  const f = families[(i * 7) % families.length]!;
  const m = (woman ? womenMiddle : menMiddle)[(i * 5) % 6]!;
  const g = woman ? womenGiven[(i * 11) % womenGiven.length]! : menGiven[(i * 3) % menGiven.length]!;
  return `${f} ${m} ${g}`;
}
