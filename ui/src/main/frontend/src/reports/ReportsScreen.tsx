import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { go, useRoute } from '../app/routes';
import { MessageReport } from './MessageReport';
import { OptOutReport } from './OptOutReport';
import { Notice } from '../ui/Notice';
import { reportOptionsQuery } from './operations';
import styles from './ReportsScreen.module.css';

// The documents stay importable from the screen, where tests and callers have always found them.
export {
  reportDownloadTicketMutation,
  reportMessagesQuery,
  reportOptOutsQuery,
  reportOptionsQuery,
  reportStaffSearchQuery,
} from './operations';

/** Reports: the texts sent and the opt-outs and opt-ins, each filtered, paged, and downloadable as CSV. */
export default function ReportsScreen() {
  // The tab is in the address (reports?tab=opt-outs), so Back and bookmarks restore it.
  const route = useRoute();
  const tab: Key = (route.name === 'reports' && route.tab) || 'messages';
  // A tab once opened stays mounted (hidden), so its filters and page survive switching back and forth.
  const [visited, setVisited] = useState<ReadonlySet<Key>>(() => new Set([tab]));
  const options = useQuery(reportOptionsQuery);
  const pools = options.data?.pools ?? [];
  const roles = options.data?.me.roles ?? [];
  // searchStaff answers pool admins and institution admins only.
  const maySearchStaff = roles.includes('admin') || pools.some((p) => p.myAccess === 'ADMIN');
  return (
    <div className={styles.screen}>
      <h1 id="reports-heading" className={styles.heading}>
        <FormattedMessage id="reports.title" />
      </h1>
      <Notice kind="error" id="reports.failed" error={options.error} />
      <Tabs
        selectedKey={tab}
        onSelectionChange={(key) => {
          go({ name: 'reports', tab: key === 'messages' ? undefined : String(key) });
          setVisited((seen) => new Set(seen).add(key));
        }}
      >
        <TabList aria-labelledby="reports-heading" className={styles.tabs}>
          <Tab id="messages" className={styles.tab}>
            <FormattedMessage id="reports.tab.messages" />
          </Tab>
          <Tab id="opt-outs" className={styles.tab}>
            <FormattedMessage id="reports.tab.optOuts" />
          </Tab>
        </TabList>
        <TabPanel
          id="messages"
          shouldForceMount={visited.has('messages')}
          hidden={tab !== 'messages'}
          className={styles.panel}
        >
          <MessageReport pools={pools} maySearchStaff={maySearchStaff} />
        </TabPanel>
        <TabPanel
          id="opt-outs"
          shouldForceMount={visited.has('opt-outs')}
          hidden={tab !== 'opt-outs'}
          className={styles.panel}
        >
          <OptOutReport pools={pools} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
