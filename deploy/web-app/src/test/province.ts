/**
 * A small province as the organisations API lists it, for the tests of what the app builds from that list. Not in
 * tree order on purpose: a base comes before its bloc, as a page of the API may give them.
 */
export const PROVINCE = [
  { id: "ag", kind: "PROVINCE", name: "Tỉnh An Giang", parentId: null },
  { id: "ag-syt", kind: "BASE", name: "Đảng bộ Sở Y tế", parentId: "ag-dukcqdn" },
  { id: "ag-dukcqdn", kind: "BLOC", name: "Đảng ủy Khối cơ quan", parentId: "ag" },
  { id: "ag-syt-cdc", kind: "UNIT", name: "Trung tâm Kiểm soát bệnh tật", parentId: "ag-syt" },
  { id: "ag-syt-bvdk", kind: "UNIT", name: "Bệnh viện Đa khoa", parentId: "ag-syt" },
  { id: "ag-sgddt", kind: "BASE", name: "Đảng bộ Sở Giáo dục", parentId: "ag-dukcqdn" },
  { id: "ag-sgddt-lx", kind: "UNIT", name: "THPT Long Xuyên", parentId: "ag-sgddt" },
  { id: "ag-dn", kind: "BLOC", name: "Đảng ủy Khối doanh nghiệp", parentId: "ag" },
];
