/** The routes of the web interface. */
import { BrowserRouter, Route, Routes, useParams } from 'react-router';
import { ArticlePage } from './article-page.js';
import { ComparePage } from './compare-page.js';
import { FeedsPage } from './feeds-page.js';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { SearchPage } from './search-page.js';
import { StoriesPage } from './stories-page.js';
import { StoryPage } from './story-page.js';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<StoriesPage />} />
          <Route path="stories/:id" element={<StoryRoute />} />
          <Route path="compare" element={<ComparePage />} />
          <Route path="articles/:id" element={<ArticlePage />} />
          <Route path="feeds" element={<FeedsPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

/** A story page per story: its chosen and ticked articles do not carry over to the next story. */
function StoryRoute() {
  return <StoryPage key={useParams().id} />;
}
