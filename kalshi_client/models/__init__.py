"""Contains all the data models used in inputs/outputs"""

from .create_order_group_request import CreateOrderGroupRequest
from .create_order_group_response import CreateOrderGroupResponse
from .empty_response import EmptyResponse
from .error_response import ErrorResponse
from .get_order_group_response import GetOrderGroupResponse
from .get_order_groups_response import GetOrderGroupsResponse
from .order_group import OrderGroup
from .update_order_group_limit_request import UpdateOrderGroupLimitRequest

__all__ = (
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "EmptyResponse",
    "ErrorResponse",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "OrderGroup",
    "UpdateOrderGroupLimitRequest",
)
