/* Error codes shared by every irkg module: common/error.h, which extract/
 * includes without graph/. */
#ifndef IRKG_GRAPH_ERROR_H
#define IRKG_GRAPH_ERROR_H

#include "../common/error.h"

#endif
