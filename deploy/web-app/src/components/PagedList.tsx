import { Button, Card, Loader, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { KeysetPages } from "../api/useKeysetPages";
import { ProblemAlert } from "./ProblemAlert";

/** A column of the desk's table: its header and what a record shows in it. */
export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface Props<T> {
  pages: KeysetPages<T, unknown>;
  /** the list's test id and each record's, by which the browser tests find them */
  testId: string;
  rowTestId: string;
  rowKey: (item: T) => string | number;
  columns: Column<T>[];
  /** what a record shows on a phone, where a table would be wider than the screen */
  card: (item: T) => ReactNode;
  empty: ReactNode;
  /** the line above the records ("12 models shown"); none when left out */
  count?: (shown: number) => string;
  moreLabel: string;
  highlightOnHover?: boolean;
}

/**
 * A list read page by page, as every list of the app shows it: the problem in words with a reload, a loader while
 * the first page is read, what to do when there is nothing, then a table on a desk and a card per record on a phone,
 * and "show more" while the service has more.
 */
export function PagedList<T>(props: Props<T>) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 48em)");
  const { pages, testId, rowTestId, rowKey, columns, card } = props;
  const { items, error } = pages;
  return (
    <>
      {error !== null && <ProblemAlert error={error} onReload={pages.reload} />}
      {items === null && error === null && <Loader aria-label={t("app.loading")} />}
      {items !== null && items.length === 0 && props.empty}
      {items !== null && items.length > 0 && (
        <>
          {props.count && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {props.count(items.length)}
            </Text>
          )}
          {phone ? (
            <Stack gap="sm" data-testid={testId}>
              {items.map((item) => (
                <Card key={rowKey(item)} withBorder padding="sm" data-testid={rowTestId}>
                  {card(item)}
                </Card>
              ))}
            </Stack>
          ) : (
            <Table striped highlightOnHover={props.highlightOnHover ?? true} data-testid={testId}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th key={column.header}>{column.header}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={rowKey(item)} data-testid={rowTestId}>
                    {columns.map((column) => (
                      <Table.Td key={column.header}>{column.cell(item)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {pages.hasMore && (
            <Button variant="default" onClick={pages.more}>
              {props.moreLabel}
            </Button>
          )}
        </>
      )}
    </>
  );
}
