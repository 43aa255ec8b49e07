"""The change feed: every publish, unpublish, move and deletion of public content, in
commit order (``recording``), served from a cursor (``feed``)."""
